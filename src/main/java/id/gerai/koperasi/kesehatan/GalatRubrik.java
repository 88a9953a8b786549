package id.gerai.koperasi.kesehatan;

/**
 * One problem found in a rubric file: a message key (koperasi.kesehatan.rubrik.galat.*) and where.
 */
public record GalatRubrik(String kode, String di, String rincian) {

  public String kunciPesan() {
    return "koperasi.kesehatan.rubrik.galat." + kode;
  }
}

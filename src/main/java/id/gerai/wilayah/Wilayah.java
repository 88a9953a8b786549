package id.gerai.wilayah;

/** One area of the tree. */
public record Wilayah(String kode, String nama, WilayahTingkat tingkat, String induk) {

  /**
   * The finer kind, read from the code as Permendagri 137/2017 sets it: a kabupaten/kota number of
   * 71 or more is a kota; a village number starting with 1 is a kelurahan, otherwise a desa.
   */
  public String jenis() {
    return switch (tingkat) {
      case PROVINSI -> "provinsi";
      case KABUPATEN -> Integer.parseInt(kode.substring(3, 5)) >= 71 ? "kota" : "kabupaten";
      case KECAMATAN -> "kecamatan";
      case KELURAHAN -> kode.charAt(9) == '1' ? "kelurahan" : "desa";
    };
  }
}

package id.gerai.umkm;

/**
 * The rungs of the naik kelas ladder beyond size (DOMAIN.md section 7), in the order a business
 * usually climbs them.
 */
public enum TanggaJenjang {
  LEGAL,
  BERSERTIFIKAT,
  DIGITAL,
  PEMBUKUAN,
  PEMBIAYAAN,
  MEMPEKERJAKAN;

  /** The message key of the rung's name. */
  public String kunciNama() {
    return "umkm.tangga.jenjang." + name();
  }

  /** The message key of the plain-words step that reaches this rung. */
  public String kunciLangkah() {
    return "umkm.tangga.langkah." + name();
  }
}

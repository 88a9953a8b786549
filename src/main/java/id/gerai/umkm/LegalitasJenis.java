package id.gerai.umkm;

/** The kinds of permit and certificate a business can hold. */
public enum LegalitasJenis {
  /** Nomor Induk Berusaha from OSS: 13 digits, no expiry. */
  NIB,
  /** P-IRT number of an SPP-IRT (home-industry food): at least 15 digits, valid at most 5 years. */
  PIRT,
  /** Halal certificate (BPJPH). */
  HALAL,
  /** BPOM MD registration of processed food made in Indonesia. */
  BPOM_MD,
  /** Standar Nasional Indonesia product certificate. */
  SNI,
  /** Registered trademark (DJKI). */
  MEREK;

  /** Counts as a product certificate on the ladder (P-IRT, halal or BPOM MD). */
  public boolean sertifikatProduk() {
    return this == PIRT || this == HALAL || this == BPOM_MD;
  }
}

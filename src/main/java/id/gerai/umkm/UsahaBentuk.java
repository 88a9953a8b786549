package id.gerai.umkm;

/** The legal form of a business, as OSS records it. */
public enum UsahaBentuk {
  PERORANGAN,
  PT_PERORANGAN,
  CV,
  FIRMA,
  PT,
  KOPERASI,
  LAINNYA
}

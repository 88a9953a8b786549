package id.gerai.koperasi;

/** Data a cooperative's own officer enters stays unverified until Dinkop staff verify it. */
public enum StatusVerifikasi {
  BELUM,
  TERVERIFIKASI
}

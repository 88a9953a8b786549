package id.gerai.gerai;

/** Whether a gerai meets: active, inactive for a while, or closed for good (kept as history). */
public enum GeraiStatus {
  AKTIF,
  NONAKTIF,
  TUTUP
}

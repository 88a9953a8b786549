package id.gerai.umkm;

/** Whether a business stands on a rung: reached, not yet, or unknown (the data is missing). */
public enum TanggaStatus {
  TERCAPAI,
  BELUM,
  TIDAK_DIKETAHUI
}

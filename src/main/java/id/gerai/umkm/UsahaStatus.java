package id.gerai.umkm;

/** Whether a business is trading. */
public enum UsahaStatus {
  AKTIF,
  DORMAN,
  TUTUP
}

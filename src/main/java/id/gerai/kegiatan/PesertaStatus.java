package id.gerai.kegiatan;

/** Holds a place, waits past capacity, or was cancelled. */
public enum PesertaStatus {
  TERDAFTAR,
  MENUNGGU,
  BATAL
}

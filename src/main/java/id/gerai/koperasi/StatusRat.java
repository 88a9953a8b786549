package id.gerai.koperasi;

/**
 * Where a cooperative stands with one fiscal year's RAT: held by the deadline, held after it, not
 * held and the deadline passed, not held and still time, or not required (founded after that fiscal
 * year closed).
 */
public enum StatusRat {
  TEPAT_WAKTU,
  TERLAMBAT,
  LEWAT_BATAS,
  BELUM_JATUH_TEMPO,
  TIDAK_WAJIB
}

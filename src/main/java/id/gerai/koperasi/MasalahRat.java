package id.gerai.koperasi;

/** What the compliance lists look for: a late RAT, an overdue one, or two years without one. */
public enum MasalahRat {
  TERLAMBAT,
  LEWAT_BATAS,
  DUA_TAHUN_TANPA_RAT
}

package id.gerai.koperasi.kesehatan;

/** Whether a component could be scored. */
public enum StatusKomponen {
  DIHITUNG,
  /** An input it needs is blank. */
  KURANG_MASUKAN,
  /** The ratio has no meaning here (0 ÷ 0 without a rule, or a negative denominator). */
  TIDAK_TERDEFINISI
}

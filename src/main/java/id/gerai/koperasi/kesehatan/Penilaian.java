package id.gerai.koperasi.kesehatan;

/** How a component's ratio becomes its value. */
public enum Penilaian {
  /** Looked up in the component's scoring table. */
  TABEL,
  /** The ratio itself, bounded to 0–100 (questionnaires: the share of yes answers). */
  RASIO
}

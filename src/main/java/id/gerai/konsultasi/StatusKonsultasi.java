package id.gerai.konsultasi;

/** Where a case stands; {@code AlurStatus} says which moves are allowed. */
public enum StatusKonsultasi {
  BARU,
  DITUGASKAN,
  DIPROSES,
  MENUNGGU_PELAKU,
  SELESAI,
  DITUTUP;

  /** Solved or closed: no more work is due, so no deadline can be missed. */
  public boolean tuntas() {
    return this == SELESAI || this == DITUTUP;
  }
}

package id.gerai.gerai;

/** Where a gerai report stands: draft, submitted, approved, or returned for correction. */
public enum LaporanGeraiStatus {
  DRAF,
  DIKIRIM,
  DISETUJUI,
  DIKEMBALIKAN;

  /** Draft and returned reports are the ones the gerai may still fill in. */
  public boolean terbuka() {
    return this == DRAF || this == DIKEMBALIKAN;
  }
}

package id.gerai.koperasi;

/**
 * The health bands of a cooperative's assessment (Perdep 06/2016 and 07/2016). Which total gives
 * which band is rubric data, not code: see the rubric's predicate bands.
 */
public enum PredikatKesehatan {
  SEHAT,
  CUKUP_SEHAT,
  DALAM_PENGAWASAN,
  DALAM_PENGAWASAN_KHUSUS;

  /** Whether the band puts the cooperative under supervision. */
  public boolean perluPengawasan() {
    return this == DALAM_PENGAWASAN || this == DALAM_PENGAWASAN_KHUSUS;
  }
}

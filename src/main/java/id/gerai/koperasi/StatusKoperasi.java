package id.gerai.koperasi;

/** Active, inactive (may become active again), or dissolved (final: the row stays as history). */
public enum StatusKoperasi {
  AKTIF,
  TIDAK_AKTIF,
  BUBAR
}

package id.gerai.konsultasi;

/** Through whom a problem was brought: a gerai officer, a forum officer, staff, or itself. */
public enum Saluran {
  GERAI,
  FORUM,
  DINAS,
  MANDIRI
}

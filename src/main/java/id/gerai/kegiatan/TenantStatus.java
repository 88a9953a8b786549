package id.gerai.kegiatan;

/** A tenant application: applied, accepted, refused. */
public enum TenantStatus {
  DIAJUKAN,
  DITERIMA,
  DITOLAK
}

package id.gerai.konsultasi;

/** Who a case may be routed to: a mentor, a forum officer or Dinkop staff. */
public enum PeranTujuan {
  PENDAMPING,
  PENGURUS_FORUM,
  STAF_DINAS
}

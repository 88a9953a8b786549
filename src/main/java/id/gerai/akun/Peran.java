package id.gerai.akun;

/** The roles of Gerai. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Peran {
  ADMIN_DINAS,
  STAF_DINAS,
  PENGURUS_FORUM,
  PENGURUS_GERAI,
  PENDAMPING,
  PELAKU_USAHA,
  PENGURUS_KOPERASI;

  public String authority() {
    return "ROLE_" + name();
  }

  /** Roles whose scope is their own records, never an area or a gerai. */
  public boolean milikSendiri() {
    return this == PELAKU_USAHA || this == PENGURUS_KOPERASI;
  }
}

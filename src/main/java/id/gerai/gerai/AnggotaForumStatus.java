package id.gerai.gerai;

/** Whether a forum member is active. */
public enum AnggotaForumStatus {
  AKTIF,
  NONAKTIF
}

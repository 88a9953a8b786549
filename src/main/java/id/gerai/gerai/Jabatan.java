package id.gerai.gerai;

/** An officer's position, in the order a structure is listed. */
public enum Jabatan {
  KETUA,
  WAKIL_KETUA,
  SEKRETARIS,
  BENDAHARA,
  KOORDINATOR_BIDANG,
  ANGGOTA;

  /** A koordinator bidang leads a field (bidang) that must be named. */
  public boolean perluBidang() {
    return this == KOORDINATOR_BIDANG;
  }
}

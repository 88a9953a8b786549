package id.gerai.kegiatan;

/** The kinds of activity; festivals and bazaars have tenants and booths, a safari visits. */
public enum KegiatanJenis {
  SAFARI,
  PELATIHAN,
  PENDAMPINGAN,
  PERTEMUAN,
  SOSIALISASI,
  FESTIVAL,
  BAZAR;

  /** Whether it has tenants with booths and sales. */
  public boolean bertenant() {
    return this == FESTIVAL || this == BAZAR;
  }
}

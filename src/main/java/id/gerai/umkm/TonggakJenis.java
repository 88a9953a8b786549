package id.gerai.umkm;

/** The kinds of milestone; a sales change and capital raised carry a value in rupiah. */
public enum TonggakJenis {
  LEGALITAS_BARU(false),
  PERUBAHAN_OMZET(true),
  TENAGA_KERJA_BERTAMBAH(false),
  MODAL_DIPEROLEH(true),
  NAIK_KELAS(false);

  private final boolean perluNilai;

  TonggakJenis(boolean perluNilai) {
    this.perluNilai = perluNilai;
  }

  public boolean perluNilai() {
    return perluNilai;
  }
}

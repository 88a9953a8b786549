package id.gerai.umkm;

import id.gerai.umkm.KriteriaKelas.Ukuran;

/**
 * The size class of a business for one year, by each criterion of the rule in force. A class is
 * null when its figure was not given; the criterion beside it says which figure it comes from.
 */
public record HasilKlasifikasi(
    int tahun,
    DasarKriteria dasar,
    KelasUsaha kelasOmzet,
    Ukuran ukuranOmzet,
    KelasUsaha kelasModal,
    Ukuran ukuranModal) {

  /** The class for kemudahan, pelindungan and pemberdayaan: by annual sales (PP 7/2021 35(4)). */
  public KelasUsaha kelasPemberdayaan() {
    return kelasOmzet;
  }

  /** The class for founding and registration: by business capital or net worth. */
  public KelasUsaha kelasPendaftaran() {
    return kelasModal;
  }
}

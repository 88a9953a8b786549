package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.util.Objects;

/** Decides the size class of a business from a year's figures, by the rule in force that year. */
public final class KlasifikasiUsaha {

  private KlasifikasiUsaha() {}

  /**
   * Classes a year's figures (rupiah; any may be null when unknown). The rule follows the calendar
   * year of the figures: before 2021 UU 20/2008 (by kekayaan bersih), from 2021 on PP 7/2021 (by
   * modal usaha), although PP 7/2021 only came into force on 2 February 2021.
   *
   * @throws MasukanTidakSah {@code umkm.kelas.negatif} when a figure is negative
   */
  public static HasilKlasifikasi klasifikasi(
      int tahun, BigDecimal omzetTahunan, BigDecimal modalUsaha, BigDecimal kekayaanBersih) {
    periksa(omzetTahunan);
    periksa(modalUsaha);
    periksa(kekayaanBersih);
    DasarKriteria dasar = DasarKriteria.untukTahun(tahun);
    BigDecimal modal =
        dasar.ukuranModal() == KriteriaKelas.Ukuran.KEKAYAAN_BERSIH ? kekayaanBersih : modalUsaha;
    return klasifikasiMenurut(dasar, tahun, omzetTahunan, modal);
  }

  /** Classes figures by a chosen rule; {@code modal} is that rule's capital-side figure. */
  public static HasilKlasifikasi klasifikasiMenurut(
      DasarKriteria dasar, int tahun, BigDecimal omzetTahunan, BigDecimal modal) {
    Objects.requireNonNull(dasar, "dasar");
    periksa(omzetTahunan);
    periksa(modal);
    KriteriaKelas.Ukuran omzet = KriteriaKelas.Ukuran.OMZET_TAHUNAN;
    return new HasilKlasifikasi(
        tahun,
        dasar,
        dasar.kelas(omzet, omzetTahunan),
        omzet,
        dasar.kelas(dasar.ukuranModal(), modal),
        dasar.ukuranModal());
  }

  private static void periksa(BigDecimal nilai) {
    if (nilai != null && nilai.signum() < 0) {
      throw new MasukanTidakSah("umkm.kelas.negatif");
    }
  }
}

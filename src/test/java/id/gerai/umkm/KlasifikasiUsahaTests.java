package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.KriteriaKelas.Ukuran;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The size tables of DOMAIN.md section 1: one rupiah below, at and above every ceiling. */
class KlasifikasiUsahaTests {

  /** PP 7/2021 Pasal 35 ayat (3): modal usaha excluding land and buildings. */
  @ParameterizedTest(name = "PP 7/2021 modal {0} = {1}")
  @CsvSource({
    "0, MIKRO",
    "999999999, MIKRO",
    "1000000000, MIKRO",
    "1000000001, KECIL",
    "4999999999, KECIL",
    "5000000000, KECIL",
    "5000000001, MENENGAH",
    "9999999999, MENENGAH",
    "10000000000, MENENGAH",
    "10000000001, BESAR",
    "1000000000.01, KECIL"
  })
  void pp7Tahun2021ModalUsaha(String modal, KelasUsaha kelas) {
    HasilKlasifikasi hasil = KlasifikasiUsaha.klasifikasi(2021, null, rp(modal), null);
    assertThat(hasil.kelasModal()).isEqualTo(kelas);
    assertThat(hasil.kelasPendaftaran()).isEqualTo(kelas);
    assertThat(hasil.ukuranModal()).isEqualTo(Ukuran.MODAL_USAHA);
    assertThat(hasil.kelasOmzet()).isNull();
  }

  /** PP 7/2021 Pasal 35 ayat (5): hasil penjualan tahunan. */
  @ParameterizedTest(name = "PP 7/2021 omzet {0} = {1}")
  @CsvSource({
    "0, MIKRO",
    "1999999999, MIKRO",
    "2000000000, MIKRO",
    "2000000001, KECIL",
    "14999999999, KECIL",
    "15000000000, KECIL",
    "15000000001, MENENGAH",
    "49999999999, MENENGAH",
    "50000000000, MENENGAH",
    "50000000001, BESAR"
  })
  void pp7Tahun2021OmzetTahunan(String omzet, KelasUsaha kelas) {
    HasilKlasifikasi hasil = KlasifikasiUsaha.klasifikasi(2021, rp(omzet), null, null);
    assertThat(hasil.kelasOmzet()).isEqualTo(kelas);
    assertThat(hasil.kelasPemberdayaan()).isEqualTo(kelas);
    assertThat(hasil.ukuranOmzet()).isEqualTo(Ukuran.OMZET_TAHUNAN);
    assertThat(hasil.kelasModal()).isNull();
  }

  /** UU 20/2008 Pasal 6: kekayaan bersih excluding land and buildings. */
  @ParameterizedTest(name = "UU 20/2008 kekayaan bersih {0} = {1}")
  @CsvSource({
    "0, MIKRO",
    "49999999, MIKRO",
    "50000000, MIKRO",
    "50000001, KECIL",
    "499999999, KECIL",
    "500000000, KECIL",
    "500000001, MENENGAH",
    "9999999999, MENENGAH",
    "10000000000, MENENGAH",
    "10000000001, BESAR"
  })
  void uu20Tahun2020KekayaanBersih(String kekayaan, KelasUsaha kelas) {
    HasilKlasifikasi hasil = KlasifikasiUsaha.klasifikasi(2020, null, null, rp(kekayaan));
    assertThat(hasil.kelasModal()).isEqualTo(kelas);
    assertThat(hasil.kelasPendaftaran()).isEqualTo(kelas);
    assertThat(hasil.ukuranModal()).isEqualTo(Ukuran.KEKAYAAN_BERSIH);
  }

  /** UU 20/2008 Pasal 6: hasil penjualan tahunan. */
  @ParameterizedTest(name = "UU 20/2008 omzet {0} = {1}")
  @CsvSource({
    "0, MIKRO",
    "299999999, MIKRO",
    "300000000, MIKRO",
    "300000001, KECIL",
    "2499999999, KECIL",
    "2500000000, KECIL",
    "2500000001, MENENGAH",
    "49999999999, MENENGAH",
    "50000000000, MENENGAH",
    "50000000001, BESAR"
  })
  void uu20Tahun2020OmzetTahunan(String omzet, KelasUsaha kelas) {
    HasilKlasifikasi hasil = KlasifikasiUsaha.klasifikasi(2020, rp(omzet), null, null);
    assertThat(hasil.kelasOmzet()).isEqualTo(kelas);
    assertThat(hasil.kelasPemberdayaan()).isEqualTo(kelas);
  }

  /** The same figures fall in different classes on each side of the 2021 switch. */
  @ParameterizedTest(name = "{0}: omzet 1 M, modal 1 M, kekayaan 60 jt = {1}")
  @CsvSource({
    "2009, UU_20_2008, KECIL, KECIL",
    "2020, UU_20_2008, KECIL, KECIL",
    "2021, PP_7_2021, MIKRO, MIKRO",
    "2025, PP_7_2021, MIKRO, MIKRO"
  })
  void theYearChoosesTheRule(
      int tahun, DasarKriteria dasar, KelasUsaha kelasOmzet, KelasUsaha kelasModal) {
    HasilKlasifikasi hasil =
        KlasifikasiUsaha.klasifikasi(tahun, rp("1000000000"), rp("1000000000"), rp("60000000"));
    assertThat(hasil.tahun()).isEqualTo(tahun);
    assertThat(hasil.dasar()).isEqualTo(dasar);
    assertThat(hasil.kelasOmzet()).isEqualTo(kelasOmzet);
    assertThat(hasil.kelasModal()).isEqualTo(kelasModal);
  }

  @Test
  void yearsBeforeTheOldestRuleUseUu20() {
    assertThat(DasarKriteria.untukTahun(2008)).isEqualTo(DasarKriteria.UU_20_2008);
    assertThat(DasarKriteria.untukTahun(1999)).isEqualTo(DasarKriteria.UU_20_2008);
    assertThat(DasarKriteria.untukTahun(2021)).isEqualTo(DasarKriteria.PP_7_2021);
  }

  @Test
  void theResultCarriesTheRuleNameAndVersion() {
    HasilKlasifikasi baru = KlasifikasiUsaha.klasifikasi(2023, rp("1"), rp("1"), null);
    HasilKlasifikasi lama = KlasifikasiUsaha.klasifikasi(2019, rp("1"), null, rp("1"));
    assertThat(baru.dasar().nama()).isEqualTo("PP 7/2021 Pasal 35");
    assertThat(baru.dasar().name()).isEqualTo("PP_7_2021");
    assertThat(lama.dasar().nama()).isEqualTo("UU 20/2008 Pasal 6");
    assertThat(lama.dasar().name()).isEqualTo("UU_20_2008");
  }

  @Test
  void salesAndCapitalMayGiveDifferentClasses() {
    HasilKlasifikasi hasil =
        KlasifikasiUsaha.klasifikasi(2024, rp("20000000000"), rp("500000000"), null);
    assertThat(hasil.kelasPemberdayaan()).isEqualTo(KelasUsaha.MENENGAH);
    assertThat(hasil.kelasPendaftaran()).isEqualTo(KelasUsaha.MIKRO);
  }

  @Test
  void missingFiguresGiveNoClassButKeepTheRuleAndCriterion() {
    HasilKlasifikasi hasil = KlasifikasiUsaha.klasifikasi(2022, null, null, null);
    assertThat(hasil.kelasOmzet()).isNull();
    assertThat(hasil.kelasModal()).isNull();
    assertThat(hasil.dasar()).isEqualTo(DasarKriteria.PP_7_2021);
    assertThat(hasil.ukuranOmzet()).isEqualTo(Ukuran.OMZET_TAHUNAN);
    assertThat(hasil.ukuranModal()).isEqualTo(Ukuran.MODAL_USAHA);
  }

  @Test
  void theOtherRulesCapitalFigureIsNotUsed() {
    // Net worth given for 2022 and modal usaha given for 2020: neither counts for that year.
    assertThat(KlasifikasiUsaha.klasifikasi(2022, null, null, rp("1")).kelasModal()).isNull();
    assertThat(KlasifikasiUsaha.klasifikasi(2020, null, rp("1"), null).kelasModal()).isNull();
  }

  @ParameterizedTest(name = "negative figure refused: omzet {0}, modal {1}, kekayaan {2}")
  @CsvSource({"-1, , ", ", -1, ", ", , -1", "-0.01, 1, 1"})
  void negativeFiguresAreRefused(String omzet, String modal, String kekayaan) {
    assertThatThrownBy(() -> KlasifikasiUsaha.klasifikasi(2022, rp(omzet), rp(modal), rp(kekayaan)))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("umkm.kelas.negatif");
    assertThatThrownBy(
            () ->
                KlasifikasiUsaha.klasifikasiMenurut(
                    DasarKriteria.UU_20_2008, 2020, rp("-1"), rp("1")))
        .isInstanceOf(MasukanTidakSah.class);
  }

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource({
    "MIKRO, KECIL, NAIK",
    "MIKRO, BESAR, NAIK",
    "KECIL, MENENGAH, NAIK",
    "MENENGAH, BESAR, NAIK",
    "KECIL, MIKRO, TURUN",
    "BESAR, MENENGAH, TURUN",
    "MIKRO, MIKRO, TETAP",
    "MENENGAH, MENENGAH, TETAP"
  })
  void naikTurunTetap(KelasUsaha sebelum, KelasUsaha sesudah, PerubahanKelas perubahan) {
    assertThat(PerubahanKelas.banding(sebelum, sesudah)).isEqualTo(perubahan);
  }

  @Test
  void aBusinessThatGrewAcrossTheSwitchIsComparedByEachYearsRule() {
    KelasUsaha kelas2020 =
        KlasifikasiUsaha.klasifikasi(2020, rp("400000000"), null, null).kelasPemberdayaan();
    KelasUsaha kelas2021 =
        KlasifikasiUsaha.klasifikasi(2021, rp("2100000000"), null, null).kelasPemberdayaan();
    assertThat(kelas2020).isEqualTo(KelasUsaha.KECIL);
    assertThat(kelas2021).isEqualTo(KelasUsaha.KECIL);
    assertThat(PerubahanKelas.banding(kelas2020, kelas2021)).isEqualTo(PerubahanKelas.TETAP);
  }

  @Test
  void eachRuleHasThreeCeilingsPerCriterionRisingWithTheClass() {
    for (DasarKriteria dasar : DasarKriteria.values()) {
      for (Ukuran ukuran : new Ukuran[] {Ukuran.OMZET_TAHUNAN, dasar.ukuranModal()}) {
        assertThat(dasar.tabel())
            .filteredOn(k -> k.ukuran() == ukuran)
            .extracting(KriteriaKelas::kelas)
            .as("%s %s", dasar, ukuran)
            .containsExactly(KelasUsaha.MIKRO, KelasUsaha.KECIL, KelasUsaha.MENENGAH);
      }
    }
  }

  private static BigDecimal rp(String nilai) {
    return nilai == null ? null : new BigDecimal(nilai);
  }
}

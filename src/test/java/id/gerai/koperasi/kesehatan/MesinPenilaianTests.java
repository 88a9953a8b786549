package id.gerai.koperasi.kesehatan;

import static id.gerai.koperasi.kesehatan.RubrikUji.isi;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.koperasi.LaporanKeuanganPos;
import id.gerai.koperasi.PredikatKesehatan;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples computed by hand (see {@link RubrikUji}), one per band and at each boundary. */
class MesinPenilaianTests {

  private final Rubrik rubrik = RubrikUji.perdep06();

  @Test
  void aSoundYearScoresOneHundredAndEveryAspectItsWeight() {
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, RubrikUji.sehatPenuh());
    assertThat(h.total()).isEqualByComparingTo("100.00");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.SEHAT);
    assertThat(h.aspek())
        .extracting(a -> a.skor().stripTrailingZeros().toPlainString())
        .containsExactly("15", "25", "15", "10", "15", "10", "10");
    assertThat(h.perluVerifikasi()).isTrue();
  }

  @Test
  void eightyIsSehat() {
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, RubrikUji.delapanPuluh());
    assertThat(h.total()).isEqualByComparingTo("80.00");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.SEHAT);
  }

  @Test
  void oneUnansweredQuestionBelowEightyIsCukupSehat() {
    Map<String, BigDecimal> m = RubrikUji.delapanPuluh();
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 11);
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, m);
    assertThat(h.total()).isEqualByComparingTo("79.75");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.CUKUP_SEHAT);
  }

  @Test
  void sixtySixIsCukupSehatAndJustBelowIsDalamPengawasan() {
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, RubrikUji.enamPuluhEnam());
    assertThat(h.total()).isEqualByComparingTo("66.00");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.CUKUP_SEHAT);
    Map<String, BigDecimal> m = RubrikUji.enamPuluhEnam();
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 3);
    HasilPenilaian bawah = MesinPenilaian.nilai(rubrik, m);
    assertThat(bawah.total()).isEqualByComparingTo("65.75");
    assertThat(bawah.predikat()).isEqualTo(PredikatKesehatan.DALAM_PENGAWASAN);
  }

  @Test
  void fiftyOneIsDalamPengawasanAndJustBelowIsKhusus() {
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, RubrikUji.limaPuluhSatu());
    assertThat(h.total()).isEqualByComparingTo("51.00");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.DALAM_PENGAWASAN);
    Map<String, BigDecimal> m = RubrikUji.limaPuluhSatu();
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 3);
    HasilPenilaian bawah = MesinPenilaian.nilai(rubrik, m);
    assertThat(bawah.total()).isEqualByComparingTo("50.75");
    assertThat(bawah.predikat()).isEqualTo(PredikatKesehatan.DALAM_PENGAWASAN_KHUSUS);
  }

  @Test
  void aRowShowsItsInputsRatioValueAndScore() {
    HasilKomponen ms = baris(MesinPenilaian.nilai(rubrik, RubrikUji.sehatPenuh()), "ms_aset");
    assertThat(ms.pembilang()).isEqualByComparingTo("500");
    assertThat(ms.penyebut()).isEqualByComparingTo("1000");
    assertThat(ms.rasio()).isEqualByComparingTo("50");
    assertThat(ms.nilai()).isEqualByComparingTo("100");
    assertThat(ms.skor()).isEqualByComparingTo("6");
    assertThat(ms.masukan()).containsKeys("simpanan_pokok", "modal_penyertaan", "total_aset");
  }

  @Test
  void halfOfEquityParticipationCountsAsOwnCapital() {
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    isi(m, LaporanKeuanganPos.MODAL_PENYERTAAN, 200);
    assertThat(baris(MesinPenilaian.nilai(rubrik, m), "ms_aset").pembilang())
        .isEqualByComparingTo("600");
  }

  @Test
  void aBlankInputGivesAnIncompleteAssessmentNamingIt() {
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    m.remove("total_aset");
    m.put("hibah", null);
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, m);
    assertThat(h.lengkap()).isFalse();
    assertThat(h.total()).isNull();
    assertThat(h.predikat()).isNull();
    assertThat(h.kurang()).containsExactlyInAnyOrder("total_aset", "hibah");
    assertThat(baris(h, "ms_aset").status()).isEqualTo(StatusKomponen.KURANG_MASUKAN);
    assertThat(baris(h, "car").dihitung()).isTrue();
    assertThat(h.aspek().get(0).skor()).isNull();
  }

  @Test
  void aZeroDenominatorWithAPositiveNumeratorIsAnInfiniteRatio() {
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    isi(m, LaporanKeuanganPos.ATMR, 0);
    HasilKomponen car = baris(MesinPenilaian.nilai(rubrik, m), "car");
    assertThat(car.takHingga()).isEqualTo(1);
    assertThat(car.rasio()).isNull();
    assertThat(car.nilai()).isEqualByComparingTo("100");
    assertThat(car.alasan()).isEqualTo("penyebut-nol");
  }

  @Test
  void zeroOverZeroWithoutARuleIsNotScored() {
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    isi(m, LaporanKeuanganPos.PINJAMAN_ANGGOTA, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_BERISIKO, 0);
    isi(m, LaporanKeuanganPos.BIAYA_KARYAWAN, 0);
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, m);
    assertThat(h.lengkap()).isFalse();
    assertThat(h.tidakTerdefinisi())
        .contains("pinjaman_anggota", "rpm_pinjaman", "pinjaman_berisiko", "efisiensi_pelayanan");
    assertThat(baris(h, "cadangan_rpm").alasan()).isEqualTo("nol-per-nol");
    assertThat(baris(h, "cadangan_rpm").nilai()).isEqualByComparingTo("100");
  }

  @Test
  void aNegativeDenominatorIsNotScored() {
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    isi(m, LaporanKeuanganPos.SHU_KOTOR, -10);
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, m);
    assertThat(baris(h, "beban_usaha_shu").status()).isEqualTo(StatusKomponen.TIDAK_TERDEFINISI);
    assertThat(h.lengkap()).isFalse();
  }

  /**
   * A realistic KSP in millions of rupiah, by hand: MS = 50+400+0+10+140+0.5×200 = 700. Permodalan:
   * 700/2500 = 28% → 50 → 3.00; 700/300 = 233% → 100 → 6.00; CAR 210/3000 = 7% → 75 → 2.25. KAP:
   * 1800/2000 = 90% → 10.00; RPM = 30+30+20 = 80, 80/2000 = 4% → 80 → 4.00; 40/80 = 50% → 50 →
   * 2.50; 300/2000 = 15% → 5.00. Manajemen: 10×0.25 + 5×0.5 + 4×0.6 + 8×0.3 + 4×0.6 = 12.20.
   * Efisiensi: 350/400 = 87.5% → 4.00; 180/250 = 72% → 50 → 2.00; 90/2000 = 4.5% → 2.00.
   * Likuiditas: 300/1600 = 18.75% → 50 → 5.00; 2000/2400 = 83.3% → 5.00. Kemandirian: 150/2500 = 6%
   * → 50 → 1.50; 60/700 = 8.6% → 3.00; 250/200 = 125% → 4.00. Jatidiri: 400/500 = 80% → 7.00;
   * (20+60)/450 = 17.8% → 3.00. Total 11.25 + 21.5 + 12.2 + 8 + 10 + 8.5 + 10 = 81.45, Sehat.
   */
  @Test
  void aRealisticKspComputedByHand() {
    Map<String, BigDecimal> m = new java.util.HashMap<>();
    long juta = 1_000_000L;
    Object[][] angka = {
      {"total_aset", 2500},
      {"kas_bank", 300},
      {"kewajiban_lancar", 1600},
      {"total_ekuitas", 900},
      {"simpanan_pokok", 50},
      {"simpanan_wajib", 400},
      {"simpanan_berkarakter_wajib", 0},
      {"hibah", 10},
      {"cadangan", 140},
      {"modal_penyertaan", 200},
      {"pinjaman_anggota", 1800},
      {"pinjaman_non_anggota", 200},
      {"pinjaman_kurang_lancar", 60},
      {"pinjaman_diragukan", 40},
      {"pinjaman_macet", 20},
      {"pinjaman_berisiko", 300},
      {"cadangan_risiko", 40},
      {"dana_diterima", 2400},
      {"modal_tertimbang", 210},
      {"atmr", 3000},
      {"partisipasi_bruto", 400},
      {"beban_pokok", 150},
      {"pendapatan", 100},
      {"beban_usaha", 180},
      {"beban_perkoperasian", 20},
      {"biaya_karyawan", 90},
      {"shu_kotor", 250},
      {"shu_sebelum_pajak", 150},
      {"shu_bagian_anggota", 60},
      {"meppp", 20}
    };
    for (Object[] a : angka) {
      m.put((String) a[0], BigDecimal.valueOf((Integer) a[1] * juta));
    }
    m.put("ya_manajemen_umum", BigDecimal.TEN);
    m.put("ya_kelembagaan", BigDecimal.valueOf(5));
    m.put("ya_permodalan", BigDecimal.valueOf(4));
    m.put("ya_aktiva", BigDecimal.valueOf(8));
    m.put("ya_likuiditas", BigDecimal.valueOf(4));
    HasilPenilaian h = MesinPenilaian.nilai(rubrik, m);
    assertThat(h.aspek())
        .extracting(a -> a.skor().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
        .containsExactly("11.25", "21.50", "12.20", "8.00", "10.00", "8.50", "10.00");
    assertThat(h.total()).isEqualByComparingTo("81.45");
    assertThat(h.predikat()).isEqualTo(PredikatKesehatan.SEHAT);
  }

  @ParameterizedTest
  @CsvSource({
    "79.99, CUKUP_SEHAT",
    "80.00, SEHAT",
    "100.00, SEHAT",
    "66.00, CUKUP_SEHAT",
    "65.99, DALAM_PENGAWASAN",
    "51.00, DALAM_PENGAWASAN",
    "50.99, DALAM_PENGAWASAN_KHUSUS",
    "0.00, DALAM_PENGAWASAN_KHUSUS"
  })
  void predicateBands(String total, PredikatKesehatan predikat) {
    assertThat(rubrik.predikatUntuk(new BigDecimal(total))).contains(predikat);
  }

  private static HasilKomponen baris(HasilPenilaian h, String kode) {
    return h.aspek().stream()
        .flatMap(a -> a.komponen().stream())
        .filter(k -> k.komponen().kode().equals(kode))
        .findFirst()
        .orElseThrow();
  }
}

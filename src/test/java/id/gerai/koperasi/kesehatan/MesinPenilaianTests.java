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

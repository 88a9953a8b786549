package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pure rules of milestones and enrolments. */
class TonggakPeriksaTests {

  static final LocalDate HARI_INI = LocalDate.of(2026, 11, 28);

  @Test
  void todayIsAllowedTomorrowIsNot() {
    assertThatCode(
            () ->
                TonggakPeriksa.periksa(tonggak(TonggakJenis.NAIK_KELAS, HARI_INI, null), HARI_INI))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                TonggakPeriksa.periksa(
                    tonggak(TonggakJenis.NAIK_KELAS, HARI_INI.plusDays(1), null), HARI_INI))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("umkm.tonggak.tanggal.masa-depan");
  }

  @Test
  void onlySalesChangeAndCapitalNeedAValue() {
    for (TonggakJenis j : TonggakJenis.values()) {
      TonggakBaru tanpaNilai = tonggak(j, HARI_INI, null);
      if (j == TonggakJenis.PERUBAHAN_OMZET || j == TonggakJenis.MODAL_DIPEROLEH) {
        assertThatThrownBy(() -> TonggakPeriksa.periksa(tanpaNilai, HARI_INI))
            .hasMessage("umkm.tonggak.nilai.wajib");
      } else {
        assertThatCode(() -> TonggakPeriksa.periksa(tanpaNilai, HARI_INI))
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void aValueFitsNumeric18Comma2() {
    assertThatCode(
            () ->
                TonggakPeriksa.periksa(
                    tonggak(
                        TonggakJenis.PERUBAHAN_OMZET,
                        HARI_INI,
                        new BigDecimal("9999999999999999.99")),
                    HARI_INI))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                TonggakPeriksa.periksa(
                    tonggak(
                        TonggakJenis.PERUBAHAN_OMZET,
                        HARI_INI,
                        new BigDecimal("10000000000000000")),
                    HARI_INI))
        .hasMessage("umkm.tonggak.nilai.tidak-sah");
    assertThatThrownBy(
            () ->
                TonggakPeriksa.periksa(
                    tonggak(TonggakJenis.MODAL_DIPEROLEH, HARI_INI, new BigDecimal("1.005")),
                    HARI_INI))
        .hasMessage("umkm.tonggak.nilai.tidak-sah");
  }

  @Test
  void anEnrolmentEndsNotBeforeItBegins() {
    assertThatThrownBy(
            () ->
                BinaanPeriksa.periksa(
                    new BinaanBaru("Bu Ani", null, HARI_INI, HARI_INI.minusDays(1), null)))
        .hasMessage("umkm.binaan.sampai.sebelum-sejak");
    assertThatCode(
            () -> BinaanPeriksa.periksa(new BinaanBaru("Bu Ani", null, HARI_INI, HARI_INI, null)))
        .doesNotThrowAnyException();
    Binaan b =
        Binaan.daftarkan(
            1L, new BinaanBaru("Bu Ani", null, HARI_INI, null, " "), "staf", Instant.now());
    assertThat(b.akhiri(HARI_INI.minusDays(1))).isFalse();
    assertThat(b.akhiri(HARI_INI.plusDays(30))).isTrue();
    assertThat(b.akhiri(HARI_INI.plusDays(60))).isTrue();
    assertThat(b.data().sampai()).isEqualTo(HARI_INI.plusDays(30));
    assertThat(b.data().target()).isNull();
  }

  private static TonggakBaru tonggak(TonggakJenis jenis, LocalDate tanggal, BigDecimal nilai) {
    return new TonggakBaru(jenis, tanggal, "uji", nilai, null);
  }
}

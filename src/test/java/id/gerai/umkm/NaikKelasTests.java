package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rebuild of class changes from a business's yearly figures. */
class NaikKelasTests {

  private static final OffsetDateTime KEMARIN = OffsetDateTime.parse("2025-01-01T08:00:00+07:00");
  private static final OffsetDateTime KINI = OffsetDateTime.parse("2025-06-01T08:00:00+07:00");

  @Test
  void comparesEachYearWithThePreviousRecordedYearInYearOrder() {
    List<NaikKelas> n =
        NaikKelas.dari(
            List.of(tahun(2024, "20000000000"), tahun(2019, "100"), tahun(2022, "3000000000")),
            KINI);
    assertThat(n)
        .extracting(x -> x.tahunDari() + ">" + x.tahunKe() + " " + x.arah())
        .containsExactly("2019>2022 NAIK", "2022>2024 NAIK");
    assertThat(n.get(0).aturanBerubah()).isTrue();
    assertThat(n.get(1).aturanBerubah()).isFalse();
  }

  @Test
  void noChangeWhenTheClassStaysAndNoneForASingleYear() {
    assertThat(NaikKelas.dari(List.of(tahun(2022, "1"), tahun(2023, "2000000000")), KINI))
        .isEmpty();
    assertThat(NaikKelas.dari(List.of(tahun(2022, "1")), KINI)).isEmpty();
  }

  @Test
  void aRebuildKeepsWhenUnchangedEventsWereFirstRecorded() {
    List<NaikKelas> lama =
        NaikKelas.dari(List.of(tahun(2022, "1"), tahun(2023, "3000000000")), KEMARIN);
    List<NaikKelas> baru =
        NaikKelas.pertahankanWaktu(
            lama,
            NaikKelas.dari(
                List.of(tahun(2022, "1"), tahun(2023, "3000000000"), tahun(2024, "1")), KINI));
    assertThat(baru).extracting(NaikKelas::dicatatPada).containsExactly(KEMARIN, KINI);
    assertThat(NaikKelas.sama(lama, baru)).isFalse();
    assertThat(NaikKelas.sama(lama, NaikKelas.pertahankanWaktu(lama, lama))).isTrue();
  }

  private static AngkaTahunan tahun(int tahun, String omzet) {
    HasilKlasifikasi h = KlasifikasiUsaha.klasifikasi(tahun, new BigDecimal(omzet), null, null);
    return new AngkaTahunan(
        tahun,
        new BigDecimal(omzet),
        null,
        null,
        null,
        AngkaTahunan.Sumber.TERVERIFIKASI,
        h.kelasOmzet(),
        h.kelasModal(),
        h.dasar(),
        h.dasar().nama(),
        "uji",
        KINI);
  }
}

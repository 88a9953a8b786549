package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The gerai's own rules, without Spring: its status moves and the data it accepts. */
class GeraiTests {

  private static final LocalDate HARI_INI = LocalDate.of(2025, 6, 1);

  @Test
  void aNewGeraiIsActiveFromItsOpeningDate() {
    Gerai g = GeraiFixture.kelurahan();

    assertThat(g.status()).isEqualTo(GeraiStatus.AKTIF);
    assertThat(g.riwayat())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(GeraiStatus.AKTIF);
              assertThat(r.berlakuSejak()).isEqualTo(GeraiFixture.DIBUKA);
              assertThat(r.oleh()).isEqualTo("uji");
            });
  }

  @Test
  void withoutAnOpeningDateTheHistoryStartsOnTheDayItWasRecorded() {
    DataGerai tanpaTanggal =
        new DataGerai(GeraiJenis.KECAMATAN, "Gerai X", "33.74.01", null, null, null, null);

    Gerai g = Gerai.buka(tanpaTanggal, HARI_INI, "sistem");

    assertThat(g.riwayat().get(0).berlakuSejak()).isEqualTo(HARI_INI);
  }

  @Test
  void closingRecordsTheDateTheReasonAndWho() {
    Gerai g = GeraiFixture.kelurahan();

    g.tutup(HARI_INI, "  pindah ke balai RW  ", "staf1");

    assertThat(g.status()).isEqualTo(GeraiStatus.TUTUP);
    assertThat(g.riwayat()).hasSize(2);
    RiwayatStatus terakhir = g.riwayat().get(1);
    assertThat(terakhir.status()).isEqualTo(GeraiStatus.TUTUP);
    assertThat(terakhir.berlakuSejak()).isEqualTo(HARI_INI);
    assertThat(terakhir.alasan()).isEqualTo("pindah ke balai RW");
    assertThat(terakhir.oleh()).isEqualTo("staf1");
  }

  @Test
  void aClosedGeraiCannotBeClosedAgainNorEditedNorReactivated() {
    Gerai g = GeraiFixture.kelurahan();
    g.tutup(HARI_INI, "bubar", "staf1");

    assertThatThrownBy(() -> g.tutup(HARI_INI, "lagi", "staf1"))
        .isInstanceOf(GeraiDitolak.class)
        .hasMessage("gerai.ditolak.sudah-tutup");
    assertThatThrownBy(
            () ->
                g.ubah(GeraiFixture.data(GeraiJenis.KELURAHAN, "33.74.01.1007", "Baru"), HARI_INI))
        .hasMessage("gerai.ditolak.sudah-tutup");
    assertThatThrownBy(() -> g.aktifkan(HARI_INI, "buka lagi", "staf1"))
        .hasMessage("gerai.ditolak.bukan-nonaktif");
    assertThat(g.riwayat()).hasSize(2);
  }

  @Test
  void deactivateOnlyWhenActiveReactivateOnlyWhenInactive() {
    Gerai g = GeraiFixture.kelurahan();

    assertThatThrownBy(() -> g.aktifkan(HARI_INI, "x", "s"))
        .hasMessage("gerai.ditolak.bukan-nonaktif");
    g.nonaktifkan(HARI_INI, "pengurus mundur", "s");
    assertThat(g.status()).isEqualTo(GeraiStatus.NONAKTIF);
    assertThatThrownBy(() -> g.nonaktifkan(HARI_INI, "x", "s"))
        .hasMessage("gerai.ditolak.bukan-aktif");
    g.aktifkan(HARI_INI.plusDays(3), "pengurus baru", "s");
    assertThat(g.status()).isEqualTo(GeraiStatus.AKTIF);
    assertThat(g.riwayat())
        .extracting(RiwayatStatus::status)
        .containsExactly(GeraiStatus.AKTIF, GeraiStatus.NONAKTIF, GeraiStatus.AKTIF);
  }

  @Test
  void aStatusChangeNeedsAReasonAndCannotPrecedeTheLatestStatus() {
    Gerai g = GeraiFixture.kelurahan();

    assertThatThrownBy(() -> g.tutup(HARI_INI, " ", "s"))
        .isInstanceOfSatisfying(
            GeraiDitolak.class, e -> assertThat(e.bidang()).isEqualTo("alasan"));
    assertThatThrownBy(() -> g.tutup(GeraiFixture.DIBUKA.minusDays(1), "bubar", "s"))
        .isInstanceOfSatisfying(
            GeraiDitolak.class, e -> assertThat(e.bidang()).isEqualTo("tanggal"));
    assertThatThrownBy(() -> g.tutup(null, "bubar", "s")).hasMessage("gerai.ditolak.tanggal-wajib");
    assertThat(g.status()).isEqualTo(GeraiStatus.AKTIF);
    assertThat(g.riwayat()).hasSize(1);
  }

  @Test
  void editingChangesTheDataAndKeepsTheStatus() {
    Gerai g = GeraiFixture.kelurahan();

    g.ubah(
        new DataGerai(GeraiJenis.STRATEGIS, " Pasar Uji ", "33.74.01.1013", " ", null, null, null),
        HARI_INI);

    GeraiRingkas r = g.ringkas("Pekunden");
    assertThat(r.nama()).isEqualTo("Pasar Uji");
    assertThat(r.jenis()).isEqualTo(GeraiJenis.STRATEGIS);
    assertThat(r.kodeWilayah()).isEqualTo("33.74.01.1013");
    assertThat(r.alamat()).isNull();
    assertThat(r.status()).isEqualTo(GeraiStatus.AKTIF);
  }

  @Test
  void positionComesAsAPairInsideTheGlobe() {
    assertThat(bidangDitolak(-6.9, null)).isEqualTo("bujur");
    assertThat(bidangDitolak(null, 110.4)).isEqualTo("lintang");
    assertThat(bidangDitolak(90.5, 110.4)).isEqualTo("lintang");
    assertThat(bidangDitolak(-6.9, -180.1)).isEqualTo("bujur");
    assertThat(bidangDitolak(Double.NaN, 110.4)).isEqualTo("lintang");
    assertThat(data(-90.0, 180.0).periksa(HARI_INI).lintang()).isEqualTo(-90.0);
    assertThat(data(null, null).periksa(HARI_INI).bujur()).isNull();
  }

  @Test
  void nameKindAndAPastOpeningDateAreRequired() {
    DataGerai tanpaNama =
        new DataGerai(GeraiJenis.KELURAHAN, " ", "33.74.01.1007", null, null, null, null);
    DataGerai tanpaJenis = new DataGerai(null, "Gerai", "33.74.01.1007", null, null, null, null);
    DataGerai besok =
        new DataGerai(
            GeraiJenis.KELURAHAN, "Gerai", "33.74.01.1007", null, null, null, HARI_INI.plusDays(1));

    assertThatThrownBy(() -> tanpaNama.periksa(HARI_INI)).hasMessage("gerai.ditolak.nama-wajib");
    assertThatThrownBy(() -> tanpaJenis.periksa(HARI_INI)).hasMessage("gerai.ditolak.jenis-wajib");
    assertThatThrownBy(() -> besok.periksa(HARI_INI)).hasMessage("gerai.ditolak.tanggal-depan");
  }

  private static DataGerai data(Double lintang, Double bujur) {
    return new DataGerai(
        GeraiJenis.KELURAHAN, "Gerai", "33.74.01.1007", null, lintang, bujur, null);
  }

  private static String bidangDitolak(Double lintang, Double bujur) {
    try {
      data(lintang, bujur).periksa(HARI_INI);
      return null;
    } catch (GeraiDitolak e) {
      return e.bidang();
    }
  }
}

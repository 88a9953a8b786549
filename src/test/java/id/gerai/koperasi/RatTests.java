package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * RAT entry and verification, and the compliance lists on the days either side of each deadline (31
 * March / 1 April for primary, 30 June / 1 July for secondary). The cooperatives of each test
 * belong to a gerai of their own, so a gerai scope isolates them from other tests' data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RatService rat;
  @Autowired RatProperties properties;

  KoperasiFixture data;
  long gerai;
  Cakupan cakupan;

  @BeforeEach
  void siapkan() {
    data = new KoperasiFixture(jdbc);
    gerai = 700000L + (long) (Math.random() * 100000);
    cakupan = Cakupan.gerai(gerai, KoperasiFixture.SEKAYU);
  }

  @Test
  void theListsAreRightEitherSideOfThePrimaryDeadline() {
    long tepat = primer("tepat");
    sebelumnya(tepat);
    data.rat(tepat, 2025, LocalDate.of(2026, 3, 31));
    long terlambat = primer("terlambat");
    sebelumnya(terlambat);
    data.rat(terlambat, 2025, LocalDate.of(2026, 4, 1));
    long belum = primer("belum");
    data.rat(belum, 2024, LocalDate.of(2025, 3, 1));
    long tanpa = primer("tanpa");
    long sekali = primer("sekali");
    data.rat(sekali, 2023, LocalDate.of(2024, 3, 1));

    Map<Long, KepatuhanKoperasi> maret = daftar(null, LocalDate.of(2026, 3, 31));
    assertThat(maret).doesNotContainKeys(tepat, belum, sekali);
    assertThat(maret.get(tanpa).status()).isEqualTo(StatusRat.BELUM_JATUH_TEMPO);
    assertThat(maret.get(tanpa).duaTahunTanpaRat()).isTrue();
    assertThat(maret.get(tanpa).tahunTanpaRatKedua()).isEqualTo(2024);

    Map<Long, KepatuhanKoperasi> april = daftar(null, LocalDate.of(2026, 4, 1));
    assertThat(april).doesNotContainKeys(tepat);
    assertThat(april.get(terlambat).status()).isEqualTo(StatusRat.TERLAMBAT);
    assertThat(april.get(terlambat).tanggalRat()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(april.get(terlambat).batas()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(april.get(belum).status()).isEqualTo(StatusRat.LEWAT_BATAS);
    assertThat(april.get(belum).duaTahunTanpaRat()).isFalse();
    assertThat(april.get(sekali).duaTahunTanpaRat()).isTrue();
    assertThat(april.get(sekali).tahunTanpaRatKedua()).isEqualTo(2025);

    assertThat(daftar(MasalahRat.TERLAMBAT, LocalDate.of(2026, 4, 1))).containsOnlyKeys(terlambat);
    assertThat(daftar(MasalahRat.LEWAT_BATAS, LocalDate.of(2026, 4, 1)))
        .containsOnlyKeys(belum, tanpa, sekali);
    assertThat(daftar(MasalahRat.DUA_TAHUN_TANPA_RAT, LocalDate.of(2026, 4, 1)))
        .containsOnlyKeys(tanpa, sekali);
  }

  @Test
  void theListsAreRightEitherSideOfTheSecondaryDeadline() {
    long tepat = sekunder("tepat");
    sebelumnya(tepat);
    data.rat(tepat, 2025, LocalDate.of(2026, 6, 30));
    long terlambat = sekunder("terlambat");
    sebelumnya(terlambat);
    data.rat(terlambat, 2025, LocalDate.of(2026, 7, 1));
    long belum = sekunder("belum");
    data.rat(belum, 2024, LocalDate.of(2025, 6, 1));

    assertThat(daftar(null, LocalDate.of(2026, 6, 30))).doesNotContainKeys(tepat, belum);
    assertThat(daftar(null, LocalDate.of(2026, 4, 1))).doesNotContainKeys(tepat, belum);
    Map<Long, KepatuhanKoperasi> juli = daftar(null, LocalDate.of(2026, 7, 1));
    assertThat(juli).doesNotContainKeys(tepat);
    assertThat(juli.get(terlambat).status()).isEqualTo(StatusRat.TERLAMBAT);
    assertThat(juli.get(belum).status()).isEqualTo(StatusRat.LEWAT_BATAS);
    assertThat(juli.get(belum).batas()).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void aCooperativeOfficersRatStaysUnverifiedUntilStaffVerifyIt() {
    long akun = 960000L + (long) (Math.random() * 10000);
    long id =
        data.koperasi(
            KoperasiFixture.unik("Koperasi RAT"),
            KoperasiFixture.SEKAYU,
            gerai,
            akun,
            BentukKoperasi.PRIMER);
    var pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/rat", id)
                .with(pengurus)
                .with(csrf())
                .param("tahunBuku", "2024")
                .param("tanggal", "2024-12-31"))
        .hasStatusOk()
        .bodyText()
        .contains("RAT diadakan setelah tahun buku berakhir.");
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/rat", id)
                .with(pengurus)
                .with(csrf())
                .param("tahunBuku", "2024")
                .param("tanggal", "2025-03-15")
                .param("anggotaHadir", "87")
                .param("kuorum", "true")
                .param("laporanDisahkan", "true"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(status(id, 2024)).isEqualTo("BELUM");
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/rat", id).with(pengurus))
        .bodyJson()
        .extractingPath("$[?(@.tahunBuku == 2024)].status")
        .asArray()
        .containsExactly("TEPAT_WAKTU");
    assertThat(mvc.post().uri("/koperasi/{id}/rat/2024/verifikasi", id).with(pengurus).with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/rat/2024/verifikasi", id)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(status(id, 2024)).isEqualTo("TERVERIFIKASI");
    // Correcting it makes it unverified again, and the trail has each step.
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/rat", id)
                .with(pengurus)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"tahunBuku\": 2024, \"tanggal\": \"2025-04-02\", \"kuorum\": true}"))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(status(id, 2024)).isEqualTo("BELUM");
    assertThat(mvc.get().uri("/koperasi/{id}/rat", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("02-04-2025", "Terlambat");
    long ratId =
        jdbc.sql("SELECT id FROM rat WHERE koperasi_id = :k")
            .param("k", id)
            .query(Long.class)
            .single();
    assertThat(data.jejak("BUAT", "rat", String.valueOf(ratId))).isEqualTo(1);
    assertThat(data.jejak("VERIFIKASI", "rat", String.valueOf(ratId))).isEqualTo(1);
    assertThat(data.jejak("UBAH", "rat", String.valueOf(ratId))).isEqualTo(1);
  }

  @Test
  void theRegisterListFiltersByTodaysRatStatusLikeTheRule() throws Exception {
    LocalDate hariIni = properties.hariIni();
    int tahun = hariIni.getYear() - 1;
    long tanpa = primer("tanpa");
    long ada = primer("ada");
    LocalDate tanggal = LocalDate.of(tahun + 1, 1, 15);
    data.rat(ada, tahun, tanggal.isAfter(hariIni) ? hariIni : tanggal);
    KepatuhanRat aturan = properties.aturan();
    StatusRat tanpaStatus = aturan.status(BentukKoperasi.PRIMER, tahun, null, null, hariIni);
    var petugas = sebagai(Peran.PENGURUS_GERAI, cakupan);
    for (StatusRat s : StatusRat.values()) {
      String isi =
          mvc.get()
              .uri("/api/v1/koperasi?rat={s}&ukuran=200", s)
              .with(petugas)
              .exchange()
              .getResponse()
              .getContentAsString();
      assertThat(isi.contains("\"id\":" + tanpa + ",")).as("%s", s).isEqualTo(s == tanpaStatus);
      assertThat(isi.contains("\"id\":" + ada + ","))
          .as("%s", s)
          .isEqualTo(s == StatusRat.TEPAT_WAKTU);
    }
  }

  @Test
  void theCompliancePageShowsTheDates() {
    long tanpa = primer("halaman");
    assertThat(
            mvc.get()
                .uri("/koperasi/rat?masalah=DUA_TAHUN_TANPA_RAT")
                .with(sebagai(Peran.PENGURUS_GERAI, cakupan)))
        .hasStatusOk()
        .bodyText()
        .contains(nama(tanpa), "Dua tahun tanpa RAT");
  }

  private Map<Long, KepatuhanKoperasi> daftar(MasalahRat masalah, LocalDate hariIni) {
    return rat.kepatuhan(2025, masalah, cakupan, 0, 200, hariIni).isi().stream()
        .collect(Collectors.toMap(KepatuhanKoperasi::koperasiId, k -> k));
  }

  /** RAT held on time for 2023 and 2024, so only 2025 decides. */
  private void sebelumnya(long id) {
    data.rat(id, 2023, LocalDate.of(2024, 3, 1));
    data.rat(id, 2024, LocalDate.of(2025, 3, 1));
  }

  private long primer(String nama) {
    return data.koperasi(
        KoperasiFixture.unik("Primer " + nama),
        KoperasiFixture.SEKAYU,
        gerai,
        null,
        BentukKoperasi.PRIMER);
  }

  private long sekunder(String nama) {
    return data.koperasi(
        KoperasiFixture.unik("Sekunder " + nama),
        KoperasiFixture.SEKAYU,
        gerai,
        null,
        BentukKoperasi.SEKUNDER);
  }

  private String nama(long id) {
    return data.kolom(id, "nama");
  }

  private String status(long koperasi, int tahun) {
    return jdbc.sql("SELECT status_verifikasi FROM rat WHERE koperasi_id = :k AND tahun_buku = :t")
        .param("k", koperasi)
        .param("t", tahun)
        .query(String.class)
        .single();
  }
}

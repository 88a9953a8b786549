package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Milestones: the rules (no future date; a value for a sales change and capital raised), a business
 * actor's milestone waits unverified and they cannot verify, a verifier verifies, the audit trail,
 * the page (also in English).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TonggakTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture fixture;
  LocalDate hariIni;
  long akun;
  long usaha;
  RequestPostProcessor pemilik;

  @BeforeEach
  void siapkan() {
    fixture = new UmkmFixture(jdbc);
    hariIni = BinaanService.hariIni();
    akun = ThreadLocalRandom.current().nextLong(5_000_000_000L, 6_000_000_000L);
    long pelaku =
        fixture.pelaku(UmkmFixture.unik("Siti Tonggak"), null, null, UmkmFixture.SEKAYU, akun);
    usaha =
        fixture.usaha(
            pelaku, UmkmFixture.unik("Lumpia Tonggak"), UmkmFixture.SEKAYU, null, null, "BELUM");
    pemilik = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun));
  }

  @Test
  void aFutureDateIsRefused() {
    kirim(stafKota(), "LEGALITAS_BARU", hariIni.plusDays(1), null)
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("tidak boleh di masa depan");
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tonggak", usaha)
                .with(stafKota())
                .with(csrf())
                .param("jenis", "NAIK_KELAS")
                .param("tanggal", hariIni.plusDays(3).toString()))
        .hasStatusOk()
        .bodyText()
        .contains("Tanggal tonggak tidak boleh di masa depan.");
    assertThat(jumlah()).isZero();
  }

  @Test
  void salesChangeAndCapitalNeedAValue() {
    kirim(stafKota(), "PERUBAHAN_OMZET", hariIni, null).hasStatus(HttpStatus.BAD_REQUEST);
    kirim(stafKota(), "MODAL_DIPEROLEH", hariIni, null).hasStatus(HttpStatus.BAD_REQUEST);
    kirim(stafKota(), "MODAL_DIPEROLEH", hariIni, "-5").hasStatus(HttpStatus.BAD_REQUEST);
    kirim(stafKota(), "BUKAN_JENIS", hariIni, "5").hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(jumlah()).isZero();
    kirim(stafKota(), "MODAL_DIPEROLEH", hariIni, "25000000").hasStatus(HttpStatus.CREATED);
    kirim(stafKota(), "PERUBAHAN_OMZET", hariIni, "-1500000.50").hasStatus(HttpStatus.CREATED);
    kirim(stafKota(), "TENAGA_KERJA_BERTAMBAH", hariIni, null).hasStatus(HttpStatus.CREATED);
    assertThat(jumlah()).isEqualTo(3);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tonggak?lang=en", usaha)
                .with(stafKota())
                .with(csrf())
                .param("jenis", "PERUBAHAN_OMZET")
                .param("tanggal", hariIni.toString())
                .param("nilai", "1.500.000"))
        .hasStatusOk()
        .bodyText()
        .contains("The value must be a number");
  }

  @Test
  void aBusinessActorsMilestoneWaitsAndOnlyAVerifierVerifiesIt() {
    kirim(pemilik, "LEGALITAS_BARU", hariIni.minusDays(2), null).hasStatus(HttpStatus.CREATED);
    long id = idTerakhir();
    assertThat(status(id)).isEqualTo("BELUM");
    assertThat(fixture.jejak("BUAT", "tonggak", id)).isEqualTo(1);
    assertThat(verifikasi(pemilik, id)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(verifikasi(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")), id))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(status(id)).isEqualTo("BELUM");
    assertThat(mvc.get().uri("/umkm/{id}/tonggak", usaha).with(pemilik))
        .hasStatusOk()
        .bodyText()
        .contains("Belum diverifikasi")
        .doesNotContain("/verifikasi");

    RequestPostProcessor gerai = sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.01"));
    assertThat(mvc.get().uri("/umkm/{id}/tonggak", usaha).with(gerai))
        .bodyText()
        .contains("/tonggak/" + id + "/verifikasi");
    assertThat(verifikasi(gerai, id)).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(status(id)).isEqualTo("TERVERIFIKASI");
    assertThat(fixture.jejak("UBAH", "tonggak", id)).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tonggak", usaha).with(pemilik))
        .bodyJson()
        .extractingPath("$[0].diverifikasiOleh")
        .isEqualTo("uji-pengurus_gerai");
  }

  @Test
  void aMentorsMilestoneWaitsAVerifiersIsVerifiedAtOnce() {
    kirim(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")), "NAIK_KELAS", hariIni, null)
        .hasStatus(HttpStatus.CREATED);
    assertThat(status(idTerakhir())).isEqualTo("BELUM");
    kirim(stafKota(), "NAIK_KELAS", hariIni, null).hasStatus(HttpStatus.CREATED);
    assertThat(status(idTerakhir())).isEqualTo("TERVERIFIKASI");
    kirim(sebagai(Peran.PENGURUS_KOPERASI, Cakupan.wilayah("33.74")), "NAIK_KELAS", hariIni, null)
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void thePageRecordsAndShowsInEnglish() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tonggak", usaha)
                .with(pemilik)
                .with(csrf())
                .param("jenis", "MODAL_DIPEROLEH")
                .param("tanggal", hariIni.minusDays(1).toString())
                .param("nilai", "25000000")
                .param("keterangan", "Pinjaman KUR pertama")
                .param("atribusi", "Klinik KUR Gerai 2026"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/umkm/{id}/tonggak?lang=en", usaha).with(pemilik))
        .hasStatusOk()
        .bodyText()
        .contains("Capital raised", "Not verified", "Pinjaman KUR pertama", "Klinik KUR Gerai 2026")
        .contains("Rp25.000.000", "Only verified milestones count in reports.")
        .doesNotContain("Modal diperoleh");
  }

  private MvcTestResultAssert kirim(
      RequestPostProcessor siapa, String jenis, LocalDate tanggal, String nilai) {
    String json =
        """
        {"jenis": "%s", "tanggal": "%s", "nilai": %s, "keterangan": "Uji"}
        """
            .formatted(jenis, tanggal, nilai == null ? "null" : nilai);
    return assertThat(
        mvc.post()
            .uri("/api/v1/umkm/{id}/tonggak", usaha)
            .with(siapa)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult verifikasi(
      RequestPostProcessor siapa, long id) {
    return mvc.post()
        .uri("/api/v1/umkm/{id}/tonggak/{t}/verifikasi", usaha, id)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private long idTerakhir() {
    return jdbc.sql("SELECT MAX(id) FROM tonggak WHERE usaha_id = :u")
        .param("u", usaha)
        .query(Long.class)
        .single();
  }

  private String status(long id) {
    return jdbc.sql("SELECT status_verifikasi FROM tonggak WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long jumlah() {
    return jdbc.sql("SELECT COUNT(*) FROM tonggak WHERE usaha_id = :u")
        .param("u", usaha)
        .query(Long.class)
        .single();
  }
}

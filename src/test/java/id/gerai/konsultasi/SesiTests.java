package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Mentoring sessions on a case (the assigned mentor) and on a business (any mentor or staff whose
 * scope reaches it, checked through the register), shown on the case and the business's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class SesiTests {

  static final String SESI =
      "{\"tanggal\": \"2026-11-20\", \"durasiMenit\": 90, \"topik\": \"%s\", \"catatan\": \"ok\"}";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;
  KonsultasiApi api;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
  }

  @Test
  void theAssignedMentorLogsASessionOnTheCase() {
    long id = api.buka(uji, uji.pemilik(), "PEMBUKUAN", "Belum punya catatan keuangan.");
    api.tugaskanKePendamping(id, uji);
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/sesi", id, SESI.formatted("Buku kas"), uji.pendamping()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/sesi",
                id,
                "{\"tanggal\": \"2026-11-20\", \"durasiMenit\": 0, \"topik\": \"x\"}",
                uji.pendamping()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("1 dan 1440 menit");
    assertThat(api.post("/api/v1/konsultasi/{id}/sesi", id, SESI.formatted("x"), uji.pemilik()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/konsultasi/{id}", id).with(uji.pemilik()))
        .hasStatusOk()
        .bodyText()
        .contains("Buku kas", "Sesi pendampingan");
  }

  @Test
  void aSessionOnABusinessNeedsItToBeBinaan() {
    assertThat(
            api.post(
                "/api/v1/konsultasi/sesi/usaha/{id}",
                uji.usaha,
                SESI.formatted("Foto produk"),
                uji.pendamping()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("bukan binaan");
  }

  @Test
  void aSessionOnABusinessIsScopedThroughTheBusiness() {
    uji.binaan();
    String uri = "/api/v1/konsultasi/sesi/usaha/{id}";
    assertThat(api.post(uri, uji.usaha, SESI.formatted("Foto produk"), uji.pendamping()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(mvc.get().uri(uri, uji.usaha).with(uji.pendampingLain()))
        .hasStatusOk()
        .bodyText()
        .contains("Foto produk");
    assertThat(mvc.get().uri(uri, uji.usaha).with(KonsultasiUji.stafKecamatanLain()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Foto produk");
    assertThat(api.post(uri, uji.usaha, SESI.formatted("x"), KonsultasiUji.stafKecamatanLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/konsultasi/sesi/usaha/{id}", uji.usaha).with(KonsultasiUji.staf()))
        .hasStatusOk()
        .bodyText()
        .contains("Foto produk", "90");
  }
}

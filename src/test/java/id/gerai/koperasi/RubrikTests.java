package id.gerai.koperasi;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.koperasi.kesehatan.RubrikUji;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The shipped rubric loads once; an administrator publishes a checked new version, which then
 * applies to the fiscal years it covers and recomputes stored assessments; a broken file is refused
 * with its problems and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RubrikTests {

  private static final String PERDEP = "Perdep Pengawasan 06/Per/Dep.6/IV/2016";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RubrikPemuat pemuat;

  @Test
  void theShippedRubricIsLoadedOnceAndListed() throws Exception {
    pemuat.run(null);
    assertThat(versi(PERDEP)).isEqualTo(1);
    assertThat(mvc.get().uri("/koperasi/kesehatan/rubrik").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(PERDEP, "Bawaan produk")
        .doesNotContain("name=\"berkas\"");
  }

  @Test
  void anAdministratorPublishesANewVersionThatAppliesFromItsDate() throws IOException {
    String regulasi = "Rubrik uji " + UUID.randomUUID();
    // A new version in force from 2026 in which a cash ratio of 12% scores 50 instead of 100.
    String isi =
        asli()
            .replace(PERDEP, regulasi)
            .replace("\"2016-04-01\"", "\"2026-01-01\"")
            .replaceFirst("\"\\(10,15\\]\",\\s*\"nilai\": 100", "\"(10,15]\", \"nilai\": 50");
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    put(id, 2025);
    put(id, 2026);
    assertThat(unggah(isi, adminKota())).hasStatus3xxRedirection();
    assertThat(versi(regulasi)).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2026", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.totalSkor")
        .isEqualTo(95.0);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2025", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.totalSkor")
        .isEqualTo(100.0);
    assertThat(
            jdbc.sql(
                    "SELECT total_skor FROM penilaian_kesehatan WHERE koperasi_id = :id AND tahun = 2026")
                .param("id", id)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("95.00");
    assertThat(unggah(isi, adminKota())).hasStatusOk().bodyText().contains("sudah ada");
  }

  @Test
  void aBrokenFileIsRefusedWithItsProblemsAndOnlyAnAdministratorMayPublish() throws IOException {
    String regulasi = "Rubrik rusak " + UUID.randomUUID();
    String isi = asli().replace(PERDEP, regulasi).replaceFirst("\"bobot\": 15", "\"bobot\": 16");
    assertThat(unggah(isi, adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains("jumlah bobot aspek harus 100, bukan 101");
    assertThat(unggah("{}", adminKota())).hasStatusOk().bodyText().contains("<ul class=\"galat\"");
    assertThat(unggah(asli().replace(PERDEP, regulasi), stafKota()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(versi(regulasi)).isZero();
  }

  @Test
  void theApiListsVersionsServesTheirFilesAndPublishesForAdministratorsOnly() throws IOException {
    assertThat(mvc.get().uri("/api/v1/koperasi/kesehatan/rubrik").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(PERDEP);
    long id =
        jdbc.sql("SELECT id FROM rubrik_kesehatan WHERE regulasi = :r")
            .param("r", PERDEP)
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/api/v1/koperasi/kesehatan/rubrik/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .isEqualTo(asli());
    String regulasi = "Rubrik api " + UUID.randomUUID();
    String rusak = asli().replace(PERDEP, regulasi).replace("\"(20,40]\"", "\"(21,40]\"");
    assertThat(terbitkanApi(rusak, adminKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat[0].kode")
        .isEqualTo("cakupan-tabel");
    String baik = asli().replace(PERDEP, regulasi).replace("\"2016-04-01\"", "\"2099-01-01\"");
    assertThat(terbitkanApi(baik, stafKota())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(terbitkanApi(baik, adminKota())).hasStatus(HttpStatus.CREATED);
    assertThat(versi(regulasi)).isEqualTo(1);
  }

  private MvcTestResult terbitkanApi(String isi, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/koperasi/kesehatan/rubrik")
        .with(siapa)
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(isi)
        .exchange();
  }

  private long versi(String regulasi) {
    return jdbc.sql("SELECT COUNT(*) FROM rubrik_kesehatan WHERE regulasi = :r")
        .param("r", regulasi)
        .query(Long.class)
        .single();
  }

  private MvcTestResult unggah(String isi, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/koperasi/kesehatan/rubrik")
        .multipart()
        .file(
            new MockMultipartFile(
                "berkas", "rubrik.json", "application/json", isi.getBytes(StandardCharsets.UTF_8)))
        .with(siapa)
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .exchange();
  }

  private void put(long id, int tahun) {
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(KesehatanUji.json(RubrikUji.sehatPenuh())))
        .hasStatusOk();
  }

  private static String asli() throws IOException {
    try (InputStream in = RubrikTests.class.getResourceAsStream(RubrikUji.BERKAS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

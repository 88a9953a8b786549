package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case walks new, assigned, in progress, solved through the API with its thread; a move the state
 * does not allow is refused with 409 and a message in the caller's language; every change is in the
 * trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KonsultasiApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
  }

  @Test
  void aCaseWalksFromNewThroughAssignedToSolvedWithItsThread() {
    long id = buka(uji.pemilik(), "PERIZINAN", "Bagaimana cara mengurus PIRT untuk keripik?");
    assertThat(uji.kolom(id, "status")).isEqualTo("BARU");
    assertThat(uji.kolom(id, "saluran")).isEqualTo("MANDIRI");

    assertThat(
            post(
                "/api/v1/konsultasi/{id}/tugaskan",
                id,
                "{\"akunId\": %d, \"nama\": \"Bu Rina\", \"peran\": \"PENDAMPING\"}"
                    .formatted(uji.akunPendamping),
                KonsultasiUji.staf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(uji.kolom(id, "status")).isEqualTo("DITUGASKAN");

    assertThat(tanggapi(id, "Siapkan NIB dan ikut penyuluhan keamanan pangan.", uji.pendamping()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(uji.kolom(id, "tanggapan_pertama_pada")).isNotNull();
    assertThat(tanggapi(id, "Baik, NIB sudah ada.", uji.pemilik())).hasStatus(HttpStatus.CREATED);

    assertThat(status(id, "{\"status\": \"DIPROSES\"}", uji.pendamping())).hasStatusOk();
    assertThat(status(id, "{\"status\": \"SELESAI\"}", uji.pendamping()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Tulis solusinya");
    assertThat(
            status(
                id,
                "{\"status\": \"SELESAI\", \"solusi\": \"Daftar penyuluhan di Dinkes, lalu"
                    + " ajukan SPP-IRT lewat OSS.\"}",
                uji.pendamping()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("SELESAI");

    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", id).with(uji.pemilik()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.status").isEqualTo("SELESAI");
              assertThat(j).extractingPath("$.tanggapan.length()").isEqualTo(2);
              assertThat(j).extractingPath("$.tanggapan[0].dariPelaku").isEqualTo(false);
              assertThat(j).extractingPath("$.tanggapan[1].isi").isEqualTo("Baik, NIB sudah ada.");
              assertThat(j).extractingPath("$.solusi").asString().contains("SPP-IRT");
            });
    assertThat(uji.jejak("BUAT", id)).isEqualTo(1);
    assertThat(uji.jejak("TUGASKAN", id)).isEqualTo(1);
    assertThat(uji.jejak("TANGGAPAN", id)).isEqualTo(2);
    assertThat(uji.jejak("STATUS", id)).isEqualTo(2);
  }

  @Test
  void anIllegalMoveIsRefusedWith409InTheCallersLanguage() {
    long id = buka(KonsultasiUji.staf(), "MODAL", "Butuh tambahan modal untuk oven baru.");
    assertThat(status(id, "{\"status\": \"SELESAI\", \"solusi\": \"x\"}", KonsultasiUji.staf()))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Status tidak dapat diubah dari Baru menjadi Selesai.");
    assertThat(
            mvc.post()
                .uri("/api/v1/konsultasi/{id}/status?lang=en", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"MENUNGGU_PELAKU\"}")
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("The status cannot change from New to Waiting for the business.");
    assertThat(status(id, "{}", KonsultasiUji.staf()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Pilih status baru.");
    assertThat(status(id, "{\"status\": \"DITUTUP\"}", KonsultasiUji.staf())).hasStatusOk();
    assertThat(status(id, "{\"status\": \"DIPROSES\"}", KonsultasiUji.staf()))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(tanggapi(id, "Masih bisa dibantu?", KonsultasiUji.staf()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(uji.kolom(id, "status")).isEqualTo("DITUTUP");
  }

  @Test
  void badInputIsA400WithAMessageNeverA500() {
    assertThat(
            mvc.post()
                .uri("/api/v1/konsultasi")
                .contentType(MediaType.APPLICATION_JSON)
                .content(uji.json("MODAL", "pendek"))
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("paling sedikit 10 huruf");
    assertThat(
            mvc.post()
                .uri("/api/v1/konsultasi")
                .contentType(MediaType.APPLICATION_JSON)
                .content(uji.json("BUKAN", "Kategori yang tidak dikenal sama sekali"))
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            mvc.post()
                .uri("/api/v1/konsultasi")
                .contentType(MediaType.APPLICATION_JSON)
                .content(uji.json("MODAL", "Pendamping tidak boleh membuka kasus."))
                .with(uji.pendamping())
                .with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  long buka(RequestPostProcessor siapa, String kategori, String uraian) {
    return new KonsultasiApi(mvc).buka(uji, siapa, kategori, uraian);
  }

  MvcTestResult tanggapi(long id, String isi, RequestPostProcessor siapa) {
    return new KonsultasiApi(mvc).tanggapi(id, isi, siapa);
  }

  MvcTestResult status(long id, String json, RequestPostProcessor siapa) {
    return new KonsultasiApi(mvc).status(id, json, siapa);
  }

  MvcTestResult post(String uri, long id, String json, RequestPostProcessor siapa) {
    return new KonsultasiApi(mvc).post(uri, id, json, siapa);
  }
}

package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case API as tests drive it: bring, assign, answer, move. */
record KonsultasiApi(MockMvcTester mvc) {

  long buka(KonsultasiUji uji, RequestPostProcessor siapa, String kategori, String uraian) {
    MvcTestResult r =
        mvc.post()
            .uri("/api/v1/konsultasi")
            .contentType(MediaType.APPLICATION_JSON)
            .content(uji.json(kategori, uraian))
            .with(siapa)
            .with(csrf())
            .exchange();
    assertThat(r).hasStatus(HttpStatus.CREATED);
    return ((Number) JsonPath.read(bodi(r), "$.id")).longValue();
  }

  void tugaskanKePendamping(long id, KonsultasiUji uji) {
    assertThat(
            post(
                "/api/v1/konsultasi/{id}/tugaskan",
                id,
                "{\"akunId\": %d, \"nama\": \"Bu Rina\", \"peran\": \"PENDAMPING\"}"
                    .formatted(uji.akunPendamping),
                KonsultasiUji.staf()))
        .hasStatus(HttpStatus.NO_CONTENT);
  }

  /** Assigns, then solves with the solution text, as Dinkop staff. */
  void selesaikan(long id, String solusi) {
    assertThat(
            post(
                "/api/v1/konsultasi/{id}/tugaskan",
                id,
                "{\"peran\": \"STAF_DINAS\"}",
                KonsultasiUji.staf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(
            status(
                id,
                "{\"status\": \"SELESAI\", \"solusi\": \"" + solusi + "\"}",
                KonsultasiUji.staf()))
        .hasStatusOk();
  }

  MvcTestResult tanggapi(long id, String isi, RequestPostProcessor siapa) {
    return post("/api/v1/konsultasi/{id}/tanggapan", id, "{\"isi\": \"" + isi + "\"}", siapa);
  }

  MvcTestResult status(long id, String json, RequestPostProcessor siapa) {
    return post("/api/v1/konsultasi/{id}/status", id, json, siapa);
  }

  MvcTestResult post(String uri, long id, String json, RequestPostProcessor siapa) {
    return mvc.post()
        .uri(uri, id)
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  static String bodi(MvcTestResult r) {
    try {
      return r.getResponse().getContentAsString();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}

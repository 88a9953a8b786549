package id.gerai.kegiatan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Calls to the activity API for tests, returning the raw result or the new record's id. */
final class KegiatanApi {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private final MockMvcTester mvc;

  KegiatanApi(MockMvcTester mvc) {
    this.mvc = mvc;
  }

  MvcTestResult kirim(String metode, String uri, String json, RequestPostProcessor siapa) {
    var req = "PUT".equals(metode) ? mvc.put().uri(uri) : mvc.post().uri(uri);
    return req.with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  long buat(String json, RequestPostProcessor siapa) {
    return id(kirim("POST", "/api/v1/kegiatan", json, siapa));
  }

  static long id(MvcTestResult r) {
    try {
      String isi = r.getResponse().getContentAsString();
      Matcher m = ID.matcher(isi);
      if (r.getResponse().getStatus() >= 300 || !m.find()) {
        throw new AssertionError("no id in " + r.getResponse().getStatus() + " " + isi);
      }
      return Long.parseLong(m.group(1));
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String isi(MvcTestResult r) {
    try {
      return r.getResponse().getContentAsString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}

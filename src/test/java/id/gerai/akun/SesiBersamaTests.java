package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.GeraiApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two running instances on one database share sessions: signed in through one, a person is signed
 * in on the other, as behind a load balancer.
 */
class SesiBersamaTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESI = Pattern.compile("SESSION=([^;]+)");

  private static ConfigurableApplicationContext satu;
  private static ConfigurableApplicationContext dua;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void jalankanDuaInstans() {
    satu = instans();
    dua = instans();
  }

  @AfterAll
  static void hentikan() {
    satu.close();
    dua.close();
  }

  @Test
  void aSessionStartedOnOneInstanceIsValidOnTheOther() throws Exception {
    HttpResponse<String> halamanMasuk = http.send(get(satu, "/login", null), body());
    String sesiAwal = sesi(halamanMasuk);
    Matcher token = CSRF.matcher(halamanMasuk.body());
    assertThat(token.find()).isTrue();

    HttpResponse<String> masuk = http.send(login(sesiAwal, token.group(1)), body());
    assertThat(masuk.statusCode()).isEqualTo(302);
    assertThat(masuk.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("galat"));
    String sesiMasuk = sesi(masuk);

    HttpResponse<String> diInstansLain = http.send(get(dua, "/", sesiMasuk), body());
    assertThat(diInstansLain.statusCode()).isEqualTo(200);
    assertThat(diInstansLain.body()).contains("Selamat datang");

    HttpResponse<String> tanpaSesi = http.send(get(dua, "/", null), body());
    assertThat(tanpaSesi.statusCode()).isEqualTo(302);
  }

  private static ConfigurableApplicationContext instans() {
    return new SpringApplicationBuilder(GeraiApplication.class).properties("server.port=0").run();
  }

  private HttpRequest login(String sesi, String csrf) {
    String form =
        "username=admin&password="
            + URLEncoder.encode("admin-rahasia-uji", StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(uri(satu, "/login"))
        .header("Cookie", "SESSION=" + sesi)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static HttpRequest get(ConfigurableApplicationContext app, String path, String sesi) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(app, path)).GET();
    if (sesi != null) {
      b.header("Cookie", "SESSION=" + sesi);
    }
    return b.build();
  }

  private static URI uri(ConfigurableApplicationContext app, String path) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String sesi(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .map(SESI::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no SESSION cookie"));
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}

package id.gerai.akun;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class KeamananTests {

  @Autowired MockMvcTester mvc;
  @Autowired AkunService akun;

  @Test
  void theLoginPageSpeaksIndonesianByDefaultAndEnglishOnRequest() {
    assertThat(mvc.get().uri("/login").header("Accept-Language", "en-US"))
        .hasStatusOk()
        .bodyText()
        .contains("Nama pengguna", "Kata sandi");
    assertThat(mvc.get().uri("/login?lang=en")).hasStatusOk().bodyText().contains("Username");
  }

  @Test
  void pagesCarrySecurityHeaders() {
    MvcTestResult hasil = mvc.get().uri("/login").exchange();
    assertThat(hasil).hasStatusOk();
    assertThat(hasil.getResponse().getHeader("Content-Security-Policy"))
        .contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(hasil.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(hasil.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(hasil.getResponse().getHeader("Strict-Transport-Security")).isNull();
    assertThat(
            mvc.get()
                .uri("/login")
                .secure(true)
                .exchange()
                .getResponse()
                .getHeader("Strict-Transport-Security"))
        .contains("max-age");
  }

  /**
   * A page left open past its session: its next htmx request asks for a reload (the page's own
   * request then goes to sign-in) instead of following the redirect and swapping the sign-in form
   * into the page. A form posted with the ended session's token is answered the same way.
   */
  @Test
  void anHtmxRequestAfterTheSessionEndedReloadsThePageInsteadOfSwappingInTheSignIn() {
    MvcTestResult cari = mvc.get().uri("/umkm?q=lumpia").header("HX-Request", "true").exchange();
    assertThat(cari).hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("HX-Refresh", "true");
    assertThat(cari.getResponse().getContentAsByteArray()).isEmpty();
    MvcTestResult kirim =
        mvc.post()
            .uri("/notifikasi/dibaca")
            .header("HX-Request", "true")
            .with(stafKota())
            .exchange();
    assertThat(kirim).hasStatus(HttpStatus.FORBIDDEN).hasHeader("HX-Refresh", "true");
    MvcTestResult dilarang =
        mvc.get().uri("/admin/akun").header("HX-Request", "true").with(stafKota()).exchange();
    assertThat(dilarang).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(dilarang.getResponse().getHeader("HX-Refresh")).isNull();
    assertThat(mvc.get().uri("/umkm?q=lumpia"))
        .hasStatus(HttpStatus.FOUND)
        .redirectedUrl()
        .endsWith("/login");
  }

  @Test
  void anonymousCallersAreSentToSignInAndTheApiAnswers401() {
    assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    assertThat(mvc.get().uri("/api/v1/wilayah/33.74")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() {
    assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "x"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void signingInWithTheRightPasswordWorksAndAWrongOneIsRefused() {
    String nama = akunBaru();
    assertThat(masuk(nama, "kata-sandi-benar-1", "10.1.1.1"))
        .hasStatus(HttpStatus.FOUND)
        .redirectedUrl()
        .isEqualTo("/");
    assertThat(masuk(nama, "salah", "10.1.1.1")).redirectedUrl().isEqualTo("/login?galat");
  }

  @Test
  void fiveFailuresLockTheAccountEvenForTheRightPassword() {
    String nama = akunBaru();
    for (int i = 0; i < 5; i++) {
      assertThat(masuk(nama, "salah-" + i, "10.2.2." + i))
          .redirectedUrl()
          .isEqualTo("/login?galat");
    }
    assertThat(masuk(nama, "kata-sandi-benar-1", "10.2.2.9"))
        .redirectedUrl()
        .isEqualTo("/login?terkunci");
  }

  @Test
  void manyFailuresFromOneAddressLockThatAddress() {
    String alamat = "10.3.3." + (int) (Math.random() * 200);
    for (int i = 0; i < 20; i++) {
      masuk("tidak-ada-" + i + UUID.randomUUID(), "salah", alamat);
    }
    assertThat(masuk(akunBaru(), "kata-sandi-benar-1", alamat))
        .redirectedUrl()
        .isEqualTo("/login?terkunci");
    assertThat(masuk(akunBaru(), "kata-sandi-benar-1", "10.3.4.1")).redirectedUrl().isEqualTo("/");
  }

  @Test
  void healthIsOpenAndTheApiDocsAreForStaffOnly() {
    assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
    assertThat(mvc.get().uri("/v3/api-docs").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/api/v1/wilayah/{kode}", "Gerai API", "bearer");
    assertThat(
            mvc.get()
                .uri("/v3/api-docs")
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(1))))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void unknownPagesGetAFriendlyPageWithoutAStackTrace() {
    assertThat(mvc.get().uri("/tidak/ada/halaman/ini").with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("Tidak ditemukan")
        .doesNotContain("Exception", "at org.");
  }

  private String akunBaru() {
    String nama = "uji-" + UUID.randomUUID().toString().substring(0, 8);
    akun.buat(
        new BuatAkun(
            nama,
            "Uji Masuk",
            "kata-sandi-benar-1",
            Peran.STAF_DINAS,
            Cakupan.Jenis.WILAYAH,
            "33.74",
            null),
        Cakupan.wilayah("33.74"));
    return nama;
  }

  private MvcTestResult masuk(String nama, String sandi, String alamat) {
    RequestPostProcessor dariAlamat =
        r -> {
          r.setRemoteAddr(alamat);
          return r;
        };
    return mvc.post()
        .uri("/login")
        .param("username", nama)
        .param("password", sandi)
        .with(csrf())
        .with(dariAlamat)
        .exchange();
  }
}

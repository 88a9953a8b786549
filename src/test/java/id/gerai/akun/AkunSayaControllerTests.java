package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class AkunSayaControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired AkunService akun;

  @Test
  void everySignedInUserSeesTheirProfile() {
    AkunRingkas a = AkunUji.buat(akun, Peran.PENDAMPING, Cakupan.Jenis.WILAYAH, "33.74.01");
    assertThat(mvc.get().uri("/akun/saya").with(AkunUji.sebagai(a)))
        .hasStatusOk()
        .bodyText()
        .contains(a.namaPengguna(), "Pendamping", "Wilayah 33.74.01", "Semarang Tengah");
    AkunRingkas usaha = AkunUji.buat(akun, Peran.PELAKU_USAHA, Cakupan.Jenis.MILIK_SENDIRI, null);
    assertThat(mvc.get().uri("/akun/saya").with(AkunUji.sebagai(usaha)))
        .hasStatusOk()
        .bodyText()
        .contains("Pelaku usaha", "Data milik sendiri");
    assertThat(mvc.get().uri("/akun/saya")).hasStatus3xxRedirection();
  }

  @Test
  void aUserChangesTheirOwnPasswordOnlyWithTheRightOldOne() {
    AkunRingkas a = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    String baru = "sandi-baru-yang-kuat";

    assertThat(ganti(a, "salah-sekali-ini", baru, baru))
        .hasStatusOk()
        .bodyText()
        .contains("Kata sandi lama salah.");
    assertThat(ganti(a, AkunUji.SANDI, "pendek", "pendek"))
        .hasStatusOk()
        .bodyText()
        .contains("Kata sandi minimal 10 karakter.");
    assertThat(ganti(a, AkunUji.SANDI, baru, baru + "x"))
        .hasStatusOk()
        .bodyText()
        .contains("Ulangan kata sandi baru tidak sama.");
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI)).hasRedirectedUrl("/");

    assertThat(ganti(a, AkunUji.SANDI, baru, baru))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/akun/saya");
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI))
        .hasRedirectedUrl("/login?galat");
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), baru)).hasRedirectedUrl("/");
  }

  @Test
  void theApiTellsTheCallerWhoTheyAre() {
    assertThat(
            mvc.get()
                .uri("/api/v1/akun/saya")
                .with(PenggunaUji.sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"))))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.namaPengguna").isEqualTo("uji-pendamping");
              assertThat(j).extractingPath("$.peran").isEqualTo("PENDAMPING");
              assertThat(j).extractingPath("$.cakupan.kodeWilayah").isEqualTo("33.74.01");
            });
    assertThat(mvc.get().uri("/api/v1/akun/saya")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  private MvcTestResult ganti(AkunRingkas a, String lama, String baru, String ulangi) {
    return mvc.post()
        .uri("/akun/saya/sandi")
        .with(AkunUji.sebagai(a))
        .with(csrf())
        .param("lama", lama)
        .param("baru", baru)
        .param("ulangi", ulangi)
        .exchange();
  }
}

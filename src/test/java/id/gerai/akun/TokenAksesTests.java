package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Personal access tokens, from the page that makes them to the API that accepts them. */
@SpringBootTest
@AutoConfigureMockMvc
class TokenAksesTests {

  @Autowired MockMvcTester mvc;
  @Autowired AkunService akun;
  @Autowired TokenAksesService token;
  @Autowired JdbcClient jdbc;

  @Test
  void aTokenMadeOnThePageSignsApiCallsInWithItsOwnersScope() throws Exception {
    long gerai = AkunUji.gerai(jdbc, "33.74.01.1007");
    AkunRingkas a = AkunUji.buatDiGerai(akun, gerai);
    String rahasia = buatToken(a, "lembar kerja bulanan");
    assertThat(rahasia).startsWith("gerai_").hasSize(49);

    assertThat(mvc.get().uri("/api/v1/akun/saya").header("Authorization", "Bearer " + rahasia))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.namaPengguna").isEqualTo(a.namaPengguna());
              assertThat(j).extractingPath("$.cakupan.jenis").isEqualTo("GERAI");
              assertThat(j).extractingPath("$.cakupan.geraiId").isEqualTo((int) gerai);
            });
    assertThat(mvc.get().uri("/akun/saya").with(AkunUji.sebagai(a)))
        .bodyText()
        .contains("lembar kerja bulanan", rahasia.substring(0, 12))
        .doesNotContain(rahasia);
  }

  @Test
  void aRevokedOrMadeUpTokenIsRefused() throws Exception {
    AkunRingkas a = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    String rahasia = buatToken(a, "sementara");
    long id = token.daftar(a.id()).get(0).id();

    assertThat(
            mvc.post()
                .uri("/akun/saya/token/" + id + "/cabut")
                .with(AkunUji.sebagai(a))
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/api/v1/akun/saya").header("Authorization", "Bearer " + rahasia))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(
            mvc.get()
                .uri("/api/v1/akun/saya")
                .header("Authorization", "Bearer gerai_" + "A".repeat(43)))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(mvc.get().uri("/api/v1/akun/saya").header("Authorization", "Bearer rubbish"))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aTokenOfAnotherUserCannotBeRevoked() {
    AkunRingkas pemilik = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    AkunRingkas lain = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    String rahasia = token.buat(pemilik.id(), "milik orang lain");
    long id = token.daftar(pemilik.id()).get(0).id();

    assertThat(
            mvc.post()
                .uri("/akun/saya/token/" + id + "/cabut")
                .with(AkunUji.sebagai(lain))
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/akun/saya").header("Authorization", "Bearer " + rahasia))
        .hasStatusOk();
  }

  @Test
  void theDatabaseKeepsOnlyAHashOfTheSecret() throws Exception {
    AkunRingkas a = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    String rahasia = buatToken(a, "cadangan");
    Map<String, Object> baris =
        jdbc.sql("SELECT * FROM token_akses WHERE akun_id = :a")
            .param("a", a.id())
            .query()
            .singleRow();
    assertThat(baris.values())
        .allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(rahasia));
    assertThat(baris.get("hash")).isEqualTo(TokenAksesService.hash(rahasia));
  }

  @Test
  void aDisabledAccountsTokenStopsWorking() {
    AkunRingkas a = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    String rahasia = token.buat(a.id(), "skrip");
    akun.nonaktifkan(a.id());
    assertThat(mvc.get().uri("/api/v1/akun/saya").header("Authorization", "Bearer " + rahasia))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aTokenNeedsAName() {
    AkunRingkas a = AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    assertThat(
            mvc.post()
                .uri("/akun/saya/token")
                .with(AkunUji.sebagai(a))
                .with(csrf())
                .param("nama", "  "))
        .hasStatusOk()
        .bodyText()
        .contains("Wajib diisi.");
    assertThat(token.daftar(a.id())).isEmpty();
  }

  private String buatToken(AkunRingkas a, String nama) throws Exception {
    MvcTestResult hasil =
        mvc.post()
            .uri("/akun/saya/token")
            .with(AkunUji.sebagai(a))
            .with(csrf())
            .param("nama", nama)
            .exchange();
    assertThat(hasil).hasStatusOk().bodyText().contains("hanya ditampilkan sekali");
    return AkunUji.rahasia(hasil);
  }
}

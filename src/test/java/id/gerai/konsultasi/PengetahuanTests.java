package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Solved cases become know-how anyone signed in can search (part of a word, any case), with no
 * name, business name, NIK or phone; unsolved cases are not know-how; a new problem shows similar
 * solved ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class PengetahuanTests {

  static final String NIK = "3374012309850001";
  static final String TELEPON = "081234567890";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;
  KonsultasiApi api;
  String kata;
  long selesai;
  long terbuka;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
    kata = "pirtx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    selesai =
        api.buka(
            uji,
            uji.pemilik(),
            "PERIZINAN",
            "Saya %s (NIK %s, WA %s) pemilik %s ingin mengurus %s untuk keripik."
                .formatted(uji.namaPemilik, NIK, TELEPON, uji.namaUsaha, kata));
    api.selesaikan(
        selesai,
        "Ikut penyuluhan keamanan pangan, lalu ajukan %s lewat OSS. Hubungi %s di 0812-9876-5432."
            .formatted(kata, uji.namaUsaha));
    terbuka = api.buka(uji, uji.pemilik(), "PERIZINAN", "Belum selesai: " + kata + " juga.");
  }

  @Test
  void anyoneSignedInFindsSolvedKnowHowWithoutPersonalData() {
    RequestPostProcessor orangLain =
        KonsultasiUji.sebagai(
            Peran.PELAKU_USAHA, Cakupan.milikSendiri(KonsultasiUji.acak()), KonsultasiUji.acak());
    String cari = kata.substring(0, 9).toUpperCase();
    for (String uri :
        new String[] {
          "/api/v1/konsultasi/pengetahuan?q=" + cari, "/konsultasi/pengetahuan?q=" + cari
        }) {
      assertThat(mvc.get().uri(uri).with(orangLain))
          .hasStatusOk()
          .bodyText()
          .contains(kata, "OSS", "[telepon]", "[NIK]")
          .doesNotContain(
              uji.namaUsaha,
              uji.namaPemilik,
              "Sutarmi",
              NIK,
              TELEPON,
              "0812-9876-5432",
              "Belum selesai");
    }
    assertThat(mvc.get().uri("/api/v1/konsultasi/pengetahuan?q=" + cari).with(orangLain))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.total").isEqualTo(1);
              assertThat(j).extractingPath("$.isi[0].kecamatan").isEqualTo("33.74.01");
              assertThat(j).extractingPath("$.isi[0].kategori").isEqualTo("PERIZINAN");
            });
  }

  @Test
  void aNewProblemShowsSimilarSolvedOnes() {
    assertThat(
            mvc.get()
                .uri("/konsultasi/serupa?kategori=PERIZINAN&uraian=Bagaimana " + kata + "?")
                .with(uji.pelakuLain()))
        .hasStatusOk()
        .bodyText()
        .contains(kata, "OSS")
        .doesNotContain(uji.namaUsaha, "<html");
    assertThat(
            mvc.get()
                .uri("/konsultasi/serupa?kategori=MODAL&uraian=" + kata)
                .with(uji.pelakuLain()))
        .bodyText()
        .doesNotContain(kata);
  }

  @Test
  void knowHowNeedsASignIn() {
    assertThat(mvc.get().uri("/api/v1/konsultasi/pengetahuan?q=" + kata))
        .bodyText()
        .doesNotContain(kata);
  }
}

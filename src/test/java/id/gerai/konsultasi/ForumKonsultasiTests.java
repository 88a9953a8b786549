package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A forum officer works the forum's cases — routed to the forum officers' queue, assigned to them
 * by name, or brought by the forum — answers them and moves their status; a case of the same
 * business that went to a mentor is 404 for them in the list, the detail, the API, the needs signal
 * and every write.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class ForumKonsultasiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;
  KonsultasiApi api;
  long akunForum = KonsultasiUji.acak();
  RequestPostProcessor forum;
  long kasusPendamping;
  long kasusForum;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
    forum = KonsultasiUji.sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74"), akunForum);
    kasusPendamping =
        api.buka(uji, uji.pemilik(), "MODAL", "RahasiaModal-" + uji.namaUsaha + " butuh modal");
    api.tugaskanKePendamping(kasusPendamping, uji);
    kasusForum = api.buka(uji, uji.pemilik(), "PEMASARAN", "Pemasaran bersama forum");
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/tugaskan",
                kasusForum,
                "{\"peran\": \"PENGURUS_FORUM\"}",
                KonsultasiUji.staf()))
        .hasStatus(HttpStatus.NO_CONTENT);
  }

  @Test
  void aForumOfficerAnswersAndMovesACaseRoutedToTheForum() {
    assertThat(mvc.get().uri("/konsultasi/{id}", kasusForum).with(forum))
        .hasStatusOk()
        .bodyText()
        .contains("Pemasaran bersama forum");
    assertThat(api.tanggapi(kasusForum, "Ikut bazar forum bulan depan.", forum))
        .hasStatus(HttpStatus.CREATED);
    assertThat(api.status(kasusForum, "{\"status\": \"DIPROSES\"}", forum)).hasStatusOk();
    assertThat(
            api.status(
                kasusForum, "{\"status\": \"SELESAI\", \"solusi\": \"Ikut bazar forum.\"}", forum))
        .hasStatusOk();
    assertThat(uji.kolom(kasusForum, "status")).isEqualTo("SELESAI");
    assertThat(mvc.get().uri("/api/v1/konsultasi?usaha=" + uji.usaha).with(forum))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(1);
  }

  @Test
  void aCaseBroughtByTheForumOrAssignedToTheOfficerIsTheirs() {
    long dibawa = api.buka(uji, forum, "SDM", "Dibawa forum untuk pelatihan");
    assertThat(uji.kolom(dibawa, "saluran")).isEqualTo("FORUM");
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", dibawa).with(forum)).hasStatusOk();
    // Another forum officer, scoped to another kecamatan, sees a case assigned to them by name
    // but not the forum's queue in Sekayu.
    long akunLain = KonsultasiUji.acak();
    uji.akun(akunLain, "PENGURUS_FORUM", "Pak Forum", "33.74.10");
    RequestPostProcessor forumLain =
        KonsultasiUji.sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74.10"), akunLain);
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/tugaskan",
                dibawa,
                "{\"akunId\": %d, \"nama\": \"Pak Forum\", \"peran\": \"PENGURUS_FORUM\"}"
                    .formatted(akunLain),
                KonsultasiUji.staf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", dibawa).with(forumLain)).hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", kasusForum).with(forumLain))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCaseOutsideTheForumIsNotFoundForTheForumOfficer() {
    for (String uri : List.of("/api/v1/konsultasi/{id}", "/konsultasi/{id}")) {
      assertThat(mvc.get().uri(uri, kasusPendamping).with(forum))
          .hasStatus(HttpStatus.NOT_FOUND)
          .bodyText()
          .doesNotContain("RahasiaModal-");
    }
    for (String uri :
        List.of("/api/v1/konsultasi?usaha=" + uji.usaha, "/konsultasi?usaha=" + uji.usaha)) {
      assertThat(mvc.get().uri(uri).with(forum))
          .hasStatusOk()
          .bodyText()
          .doesNotContain("RahasiaModal-");
    }
    assertThat(mvc.get().uri("/api/v1/konsultasi?usaha=" + uji.usaha).with(forum))
        .bodyJson()
        .extractingPath("$.isi[0].kategori")
        .isEqualTo("PEMASARAN");
    assertThat(api.tanggapi(kasusPendamping, "Menyusup", forum)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.status(kasusPendamping, "{\"status\": \"DITUTUP\"}", forum))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/tugaskan",
                kasusPendamping,
                "{\"peran\": \"PENGURUS_FORUM\"}",
                forum))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(uji.kolom(kasusPendamping, "status")).isEqualTo("DITUGASKAN");
    assertThat(uji.kolom(kasusPendamping, "ditugaskan_peran")).isEqualTo("PENDAMPING");
    // The needs signal counts the forum's case of this gerai and not the mentor's.
    assertThat(
            mvc.get()
                .uri("/api/v1/konsultasi/kebutuhan?gerai=" + uji.gerai + "&kelompok=GERAI")
                .with(forum))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].jumlah")
        .isEqualTo(1);
  }
}

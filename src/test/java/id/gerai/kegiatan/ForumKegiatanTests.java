package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A forum officer (city scope) runs the forum's activities — creates, edits, registers, checks in —
 * and reaches nothing of a gerai's own activity in the same area: not in the calendar, the list or
 * the API, not its page, participants, QR code, check-in, festival or writes (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForumKegiatanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;
  long geraiA;
  RequestPostProcessor forum = sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74"));
  RequestPostProcessor petugasA;
  String judulGerai;
  long kegiatanGerai;
  long pesertaGerai;
  String judulForum;
  long kegiatanForum;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    geraiA = uji.gerai(KegiatanUji.SEKAYU);
    petugasA = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiA, KegiatanUji.SEKAYU));
    judulGerai = KegiatanUji.unik("Bazar Gerai");
    kegiatanGerai =
        api.buat(
            KegiatanUji.json(
                "BAZAR",
                judulGerai,
                "2027-06-03T09:00",
                "2027-06-03T17:00",
                geraiA,
                null,
                10,
                null),
            petugasA);
    pesertaGerai =
        KegiatanApi.id(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatanGerai + "/peserta",
                "{\"nama\": \"Peserta Gerai Rahasia\", \"telepon\": \"081234567890\"}",
                petugasA));
    judulForum = KegiatanUji.unik("Pertemuan Forum");
    kegiatanForum =
        api.buat(
            KegiatanUji.json(
                "PERTEMUAN",
                judulForum,
                "2027-06-10T09:00",
                "2027-06-10T12:00",
                null,
                KegiatanUji.PURWODINATAN,
                30,
                null),
            forum);
  }

  @Test
  void aForumOfficerCreatesAndRunsTheForumsActivity() {
    assertThat(olehForum(kegiatanForum)).isTrue();
    assertThat(get("/kegiatan?bulan=2027-06&tampilan=daftar", forum))
        .hasStatusOk()
        .bodyText()
        .contains(judulForum);
    assertThat(get("/api/v1/kegiatan/" + kegiatanForum, forum))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.olehForum")
        .isEqualTo(true);
    // An edit that tries to drop the mark keeps it: the officer would lose their own activity.
    String ubah =
        KegiatanUji.json(
                "PERTEMUAN",
                judulForum + " diubah",
                "2027-06-10T09:00",
                "2027-06-10T13:00",
                null,
                KegiatanUji.PURWODINATAN,
                30,
                null)
            .replace("}", ", \"olehForum\": false}");
    assertThat(api.kirim("PUT", "/api/v1/kegiatan/" + kegiatanForum, ubah, forum)).hasStatusOk();
    assertThat(olehForum(kegiatanForum)).isTrue();
    long peserta =
        KegiatanApi.id(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatanForum + "/peserta",
                "{\"nama\": \"Anggota Forum Hadir\"}",
                forum));
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatanForum + "/kehadiran",
                "{\"pesertaId\": " + peserta + "}",
                forum))
        .hasStatusOk();
    assertThat(
            jdbc.sql("SELECT hadir_pada FROM peserta WHERE id = :id")
                .param("id", peserta)
                .query()
                .singleRow()
                .get("hadir_pada"))
        .isNotNull();
    assertThat(get("/kegiatan/" + kegiatanForum, forum))
        .hasStatusOk()
        .bodyText()
        .contains("Anggota Forum Hadir");
    assertThat(get("/kegiatan/" + kegiatanForum + "/kehadiran?q=Anggota", forum)).hasStatusOk();
    assertThat(get("/kegiatan/" + kegiatanForum + "/peserta/" + peserta, forum)).hasStatusOk();
  }

  @Test
  void aForumOfficerReachesNothingOfAGeraisOwnActivity() {
    for (String uri :
        List.of(
            "/kegiatan?bulan=2027-06",
            "/kegiatan?bulan=2027-06&tampilan=daftar",
            "/api/v1/kegiatan?dari=2027-06-01&sampai=2027-06-30")) {
      assertThat(get(uri, forum)).hasStatusOk().bodyText().doesNotContain(judulGerai);
    }
    for (String uri :
        List.of(
            "/kegiatan/" + kegiatanGerai,
            "/kegiatan/" + kegiatanGerai + "/ubah",
            "/kegiatan/" + kegiatanGerai + "/kehadiran?q=Rahasia",
            "/kegiatan/" + kegiatanGerai + "/peserta/" + pesertaGerai,
            "/kegiatan/" + kegiatanGerai + "/peserta/" + pesertaGerai + "/qr.svg",
            "/kegiatan/" + kegiatanGerai + "/festival",
            "/api/v1/kegiatan/" + kegiatanGerai,
            "/api/v1/kegiatan/" + kegiatanGerai + "/peserta",
            "/api/v1/kegiatan/" + kegiatanGerai + "/festival")) {
      assertThat(get(uri, forum))
          .as(uri)
          .hasStatus(HttpStatus.NOT_FOUND)
          .bodyText()
          .doesNotContain(judulGerai, "Peserta Gerai Rahasia", "0812");
    }
    String ubah =
        KegiatanUji.json(
            "BAZAR",
            "Diambil forum",
            "2027-06-03T09:00",
            "2027-06-03T17:00",
            geraiA,
            null,
            10,
            null);
    assertThat(api.kirim("PUT", "/api/v1/kegiatan/" + kegiatanGerai, ubah, forum))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatanGerai + "/peserta",
                "{\"nama\": \"Penyusup\"}",
                forum))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatanGerai + "/kehadiran",
                "{\"pesertaId\": " + pesertaGerai + "}",
                forum))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/peserta/{p}/batal", kegiatanGerai, pesertaGerai)
                .with(forum)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(olehForum(kegiatanGerai)).isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT status || COALESCE(CAST(hadir_pada AS VARCHAR), '-') FROM peserta"
                        + " WHERE kegiatan_id = :k")
                .param("k", kegiatanGerai)
                .query(String.class)
                .list())
        .containsExactly("TERDAFTAR-");
  }

  @Test
  void staffMarkAnActivityAsTheForumsAndAGeraiOfficerCannotUnmarkIt() {
    String json =
        KegiatanUji.json(
            "BAZAR", judulGerai, "2027-06-03T09:00", "2027-06-03T17:00", geraiA, null, 10, null);
    assertThat(
            api.kirim(
                "PUT",
                "/api/v1/kegiatan/" + kegiatanGerai,
                json.replace("}", ", \"olehForum\": true}"),
                stafKota()))
        .hasStatusOk();
    assertThat(get("/api/v1/kegiatan/" + kegiatanGerai + "/peserta", forum))
        .hasStatusOk()
        .bodyText()
        .contains("Peserta Gerai Rahasia");
    assertThat(
            api.kirim(
                "PUT",
                "/api/v1/kegiatan/" + kegiatanGerai,
                json.replace("}", ", \"olehForum\": false}"),
                petugasA))
        .hasStatusOk();
    assertThat(olehForum(kegiatanGerai)).isTrue();
    // The gerai officer still runs the activity at their gerai.
    assertThat(get("/kegiatan/" + kegiatanGerai, petugasA)).hasStatusOk();
    assertThat(
            api.kirim(
                "PUT",
                "/api/v1/kegiatan/" + kegiatanGerai,
                json.replace("}", ", \"olehForum\": false}"),
                stafKota()))
        .hasStatusOk();
    assertThat(get("/api/v1/kegiatan/" + kegiatanGerai + "/peserta", forum))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theFormShowsTheMarkToStaffAndTheBadgeOnTheActivity() {
    assertThat(get("/kegiatan/baru", stafKota())).hasStatusOk().bodyText().contains("forum");
    assertThat(get("/kegiatan/baru", forum)).hasStatusOk();
    assertThat(get("/kegiatan/" + kegiatanForum, forum))
        .hasStatusOk()
        .bodyText()
        .contains("Kegiatan forum");
    assertThat(get("/kegiatan/" + kegiatanGerai, petugasA))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Kegiatan forum");
  }

  private boolean olehForum(long id) {
    return jdbc.sql("SELECT oleh_forum FROM kegiatan WHERE id = :id")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  private MvcTestResult get(String uri, RequestPostProcessor siapa) {
    return mvc.get().uri(uri).with(siapa).exchange();
  }
}

package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Registration and attendance: a waiting list past capacity and its promotion on cancellation,
 * check-in by code (once; a waiting one cannot) and by name, the QR code, businesses as
 * participants and the business page's list, cooperatives refused for now.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PesertaTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;
  long kegiatan;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "PELATIHAN",
                KegiatanUji.unik("Pelatihan Digital"),
                "2026-12-12T09:00",
                "2026-12-12T12:00",
                null,
                KegiatanUji.SEKAYU,
                2,
                null),
            stafKota());
  }

  private String daftar(String json) {
    var r = api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", json, stafKota());
    assertThat(r).hasStatus(HttpStatus.CREATED);
    return KegiatanApi.isi(r);
  }

  private static String orang(String nama) {
    return "{\"nama\": \"" + nama + "\", \"telepon\": \"0812-3456-7890\"}";
  }

  @Test
  void pastCapacityOneWaitsAndACancellationPromotesTheFirstWaiting() {
    String a = daftar(orang("Ani"));
    daftar(orang("Budi"));
    String c = daftar(orang("Citra"));
    String d = daftar(orang("Dewi"));
    assertThat(a).contains("\"status\":\"TERDAFTAR\"", "+62812****7890");
    assertThat(c).contains("\"status\":\"MENUNGGU\"");
    assertThat(d).contains("\"status\":\"MENUNGGU\"");
    long eka =
        KegiatanApi.id(
            api.kirim(
                "POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", orang("Eka"), stafKota()));
    assertThat(status(eka)).isEqualTo("MENUNGGU");

    long idAni = idBernama("Ani");
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/peserta/{p}/batal", kegiatan, idAni)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(status(idAni)).isEqualTo("BATAL");
    assertThat(status(idBernama("Citra"))).isEqualTo("TERDAFTAR");
    assertThat(status(idBernama("Dewi"))).isEqualTo("MENUNGGU");
    assertThat(uji.jejak("NAIK_DARI_ANTREAN", "peserta", idBernama("Citra"))).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/kegiatan/{id}", kegiatan).with(stafKota()))
        .bodyText()
        .contains("\"terdaftar\":2", "\"menunggu\":2");
  }

  @Test
  void checkInByCodeOnceAndNeverForTheWaiting() {
    daftar(orang("Fajar"));
    daftar(orang("Gita"));
    daftar(orang("Hadi"));
    String kode = kode(idBernama("Fajar"));
    String kodeHadi = kode(idBernama("Hadi"));

    assertThat(hadirR("{\"kode\": \" " + kode.toLowerCase() + " \"}"))
        .hasStatusOk()
        .bodyText()
        .contains("Fajar", "\"sudahSebelumnya\":false");
    assertThat(hadirR("{\"kode\": \"" + kode + "\"}"))
        .hasStatusOk()
        .bodyText()
        .contains("\"sudahSebelumnya\":true");
    assertThat(hadirR("{\"kode\": \"" + kodeHadi + "\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("daftar tunggu");
    assertThat(hadirR("{\"kode\": \"ZZZZZZZZZZ\"}")).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(uji.jejak("HADIR", "peserta", idBernama("Fajar"))).isEqualTo(1);

    // By name on the check-in page.
    assertThat(mvc.get().uri("/kegiatan/{k}/kehadiran?q=git", kegiatan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Gita")
        .doesNotContain("Fajar");
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/kehadiran", kegiatan)
                .param("pesertaId", String.valueOf(idBernama("Gita")))
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("namaHadir", "Gita");
    assertThat(
            jdbc.sql("SELECT hadir_pada FROM peserta WHERE id = :id")
                .param("id", idBernama("Gita"))
                .query()
                .singleValue())
        .isNotNull();
  }

  @Test
  void theRegistrationShowsItsQrCode() {
    daftar(orang("Intan"));
    long id = idBernama("Intan");
    assertThat(mvc.get().uri("/kegiatan/{k}/peserta/{p}", kegiatan, id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Intan", kode(id), "qr.svg");
    assertThat(mvc.get().uri("/kegiatan/{k}/peserta/{p}/qr.svg", kegiatan, id).with(stafKota()))
        .hasStatusOk()
        .hasContentType("image/svg+xml")
        .bodyText()
        .startsWith("<svg")
        .contains("<path");
  }

  @Test
  void aBusinessTakesPartAndItsPageListsTheActivity() {
    long usaha = uji.usaha(KegiatanUji.unik("Lumpia Gang Lombok"), KegiatanUji.SEKAYU, null);
    assertThat(daftar("{\"usahaId\": " + usaha + ", \"peran\": \"NARASUMBER\"}"))
        .contains("Lumpia Gang Lombok", "\"peran\":\"NARASUMBER\"");
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"usahaId\": " + usaha + "}",
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("sudah terdaftar");
    assertThat(mvc.get().uri("/kegiatan/usaha/{u}", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Pelatihan Digital", "Narasumber");
    assertThat(mvc.get().uri("/umkm/{u}", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/kegiatan/usaha/" + usaha);
  }

  @Test
  void aBusinessTogetherWithACooperativeAndBadPhonesAreRefused() {
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"usahaId\": 1, \"koperasiId\": 1}",
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("bukan keduanya");
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"nama\": \"Joko\", \"telepon\": \"12ab\"}",
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", "{}", stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult hadirR(String json) {
    return api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/kehadiran", json, stafKota());
  }

  private long idBernama(String nama) {
    return jdbc.sql("SELECT id FROM peserta WHERE kegiatan_id = :k AND nama = :n")
        .param("k", kegiatan)
        .param("n", nama)
        .query(Long.class)
        .single();
  }

  private String status(long id) {
    return jdbc.sql("SELECT status FROM peserta WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private String kode(long id) {
    return jdbc.sql("SELECT kode FROM peserta WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}

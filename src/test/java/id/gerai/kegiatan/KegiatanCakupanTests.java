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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scope: another gerai's officer and a business actor see nothing of a gerai's festival, in the
 * calendar, the list, the page, its participants, check-in, registration, tenants, files and API;
 * writes answer 404 (outside the scope) or 403 (a role that may not write). The gerai's own officer
 * sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KegiatanCakupanTests {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;
  String judul;
  long geraiA;
  long kegiatan;
  long peserta;
  long berkas;
  long usaha;
  RequestPostProcessor petugasA;
  RequestPostProcessor petugasB;
  RequestPostProcessor pelaku;
  RequestPostProcessor kecamatanLain;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    geraiA = uji.gerai(KegiatanUji.SEKAYU);
    long geraiB = uji.gerai(KegiatanUji.TANJUNG_MAS);
    petugasA = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiA, KegiatanUji.SEKAYU));
    petugasB = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiB, KegiatanUji.TANJUNG_MAS));
    pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(987654));
    kecamatanLain = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02"));
    judul = KegiatanUji.unik("Bazar Rahasia");
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "BAZAR", judul, "2027-05-03T09:00", "2027-05-03T17:00", geraiA, null, 10, null),
            petugasA);
    peserta =
        KegiatanApi.id(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"nama\": \"Peserta Rahasia\"}",
                petugasA));
    usaha = uji.usaha(KegiatanUji.unik("Usaha Rahasia"), KegiatanUji.SEKAYU, geraiA);
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/festival/tenant", kegiatan)
                .param("usahaId", String.valueOf(usaha))
                .with(petugasA)
                .with(csrf()))
        .flash()
        .doesNotContainKey("galat");
    assertThat(
            mvc.post()
                .multipart()
                .uri("/kegiatan/{k}/berkas", kegiatan)
                .file(new MockMultipartFile("file", "foto.png", "image/png", PNG))
                .with(petugasA)
                .with(csrf()))
        .flash()
        .doesNotContainKey("galat");
    berkas =
        jdbc.sql("SELECT id FROM kegiatan_berkas WHERE kegiatan_id = :k")
            .param("k", kegiatan)
            .query(Long.class)
            .single();
  }

  @Test
  void theGeraisOwnOfficerSeesIt() {
    assertThat(get("/kegiatan?bulan=2027-05", petugasA)).hasStatusOk().bodyText().contains(judul);
    assertThat(get("/kegiatan/" + kegiatan, petugasA))
        .hasStatusOk()
        .bodyText()
        .contains(judul, "Peserta Rahasia", "foto.png");
    assertThat(get("/kegiatan/" + kegiatan + "/festival", petugasA))
        .hasStatusOk()
        .bodyText()
        .contains("Usaha Rahasia");
    assertThat(get("/kegiatan/" + kegiatan + "/berkas/" + berkas, petugasA)).hasStatusOk();
  }

  @Test
  void otherScopesGetNothingToRead() {
    for (RequestPostProcessor siapa : List.of(petugasB, pelaku, kecamatanLain)) {
      for (String uri :
          List.of(
              "/kegiatan?bulan=2027-05",
              "/kegiatan?bulan=2027-05&tampilan=daftar",
              "/api/v1/kegiatan?dari=2027-05-01&sampai=2027-05-31")) {
        assertThat(get(uri, siapa)).hasStatusOk().bodyText().doesNotContain(judul);
      }
      for (String uri :
          List.of(
              "/kegiatan/" + kegiatan,
              "/kegiatan/" + kegiatan + "/ubah",
              "/kegiatan/" + kegiatan + "/kehadiran?q=Rahasia",
              "/kegiatan/" + kegiatan + "/peserta/" + peserta,
              "/kegiatan/" + kegiatan + "/peserta/" + peserta + "/qr.svg",
              "/kegiatan/" + kegiatan + "/festival",
              "/kegiatan/" + kegiatan + "/safari",
              "/kegiatan/" + kegiatan + "/berkas/" + berkas,
              "/kegiatan/usaha/" + usaha,
              "/api/v1/kegiatan/" + kegiatan,
              "/api/v1/kegiatan/" + kegiatan + "/peserta",
              "/api/v1/kegiatan/" + kegiatan + "/festival")) {
        assertThat(get(uri, siapa))
            .as(uri)
            .hasStatus(HttpStatus.NOT_FOUND)
            .bodyText()
            .doesNotContain(judul, "Peserta Rahasia", "Usaha Rahasia");
      }
    }
  }

  @Test
  void otherScopesCannotWrite() {
    String kode =
        jdbc.sql("SELECT kode FROM peserta WHERE id = :id")
            .param("id", peserta)
            .query(String.class)
            .single();
    String ubah =
        KegiatanUji.json(
            "BAZAR", "Diubah", "2027-05-03T09:00", "2027-05-03T17:00", geraiA, null, 10, null);
    assertThat(api.kirim("PUT", "/api/v1/kegiatan/" + kegiatan, ubah, petugasB))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.kirim("PUT", "/api/v1/kegiatan/" + kegiatan, ubah, pelaku))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(api.kirim("POST", "/api/v1/kegiatan", ubah, petugasB))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.kirim("POST", "/api/v1/kegiatan", ubah, pelaku)).hasStatus(HttpStatus.FORBIDDEN);
    String orang = "{\"nama\": \"Penyusup\"}";
    assertThat(api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", orang, petugasB))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", orang, pelaku))
        .hasStatus(HttpStatus.FORBIDDEN);
    String hadir = "{\"kode\": \"" + kode + "\"}";
    assertThat(api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/kehadiran", hadir, petugasB))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/kehadiran", hadir, pelaku))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/peserta/{p}/batal", kegiatan, peserta)
                .with(petugasB)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    // A gerai officer cannot register a business of another gerai at their own activity.
    long milikB = uji.usaha(KegiatanUji.unik("Usaha B"), KegiatanUji.TANJUNG_MAS, null);
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"usahaId\": " + milikB + "}",
                petugasA))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM peserta WHERE kegiatan_id = :k")
                .param("k", kegiatan)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT hadir_pada FROM peserta WHERE id = :id")
                .param("id", peserta)
                .query()
                .singleRow()
                .get("hadir_pada"))
        .isNull();
    assertThat(get("/api/v1/kegiatan/" + kegiatan, stafKota()))
        .bodyText()
        .contains(judul)
        .doesNotContain("Diubah");
  }

  @Test
  void aBusinessActorSeesTheActivitiesOfTheirOwnBusinessOnly() {
    long milik = uji.usaha(KegiatanUji.unik("Usaha Sendiri"), KegiatanUji.SEKAYU, geraiA, 987654L);
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + kegiatan + "/peserta",
                "{\"usahaId\": " + milik + "}",
                petugasA))
        .hasStatus(HttpStatus.CREATED);
    assertThat(get("/kegiatan/usaha/" + milik, pelaku)).hasStatusOk().bodyText().contains(judul);
    // The activity itself stays out of a business actor's scope.
    assertThat(get("/kegiatan/" + kegiatan, pelaku)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(get("/kegiatan/usaha/" + usaha, pelaku)).hasStatus(HttpStatus.NOT_FOUND);
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult get(
      String uri, RequestPostProcessor siapa) {
    return mvc.get().uri(uri).with(siapa).exchange();
  }
}

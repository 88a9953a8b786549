package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Safari: a visit planned per kelurahan, checked in with time and position, services given there
 * counted for its gerai, and the per-gerai counts a periodic report asks for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SafariTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired KegiatanService kegiatanService;

  KegiatanUji uji;
  KegiatanApi api;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
  }

  @Test
  void visitsCheckInsAndServicesCountForTheGerai() {
    LocalDate hari = LocalDate.now(KegiatanWaktu.ZONA);
    long gerai = uji.gerai(KegiatanUji.PURWODINATAN);
    long safari =
        api.buat(
            KegiatanUji.json(
                "SAFARI",
                KegiatanUji.unik("Safari Semarang Tengah"),
                hari + "T08:00",
                hari + "T16:00",
                gerai,
                null,
                null,
                null),
            stafKota());
    long rapat =
        api.buat(
            KegiatanUji.json(
                "PERTEMUAN",
                KegiatanUji.unik("Rapat Gerai"),
                hari + "T19:00",
                hari + "T21:00",
                gerai,
                null,
                null,
                null),
            stafKota());
    String p =
        KegiatanApi.isi(
            api.kirim(
                "POST",
                "/api/v1/kegiatan/" + rapat + "/peserta",
                "{\"nama\": \"Sri\"}",
                stafKota()));
    String kode = p.replaceAll(".*\"kode\":\"([A-Z0-9]+)\".*", "$1");
    api.kirim(
        "POST",
        "/api/v1/kegiatan/" + rapat + "/kehadiran",
        "{\"kode\": \"" + kode + "\"}",
        stafKota());

    ok(
        post(
            "/kegiatan/" + safari + "/safari/kunjungan",
            "kodeWilayah",
            KegiatanUji.PURWODINATAN,
            "geraiId",
            String.valueOf(gerai),
            "tanggal",
            hari.toString()));
    long kunjungan =
        jdbc.sql("SELECT id FROM kunjungan WHERE kegiatan_id = :k")
            .param("k", safari)
            .query(Long.class)
            .single();
    ok(
        post(
            "/kegiatan/" + safari + "/safari/kunjungan/" + kunjungan + "/hadir",
            "lintang",
            "-6.9812",
            "bujur",
            "110.4205"));
    long usaha = uji.usaha(KegiatanUji.unik("Bandeng Juwana"), KegiatanUji.PURWODINATAN, gerai);
    ok(
        post(
            "/kegiatan/" + safari + "/safari/layanan",
            "kunjunganId",
            String.valueOf(kunjungan),
            "jenis",
            "BANTUAN_NIB",
            "usahaId",
            String.valueOf(usaha)));
    ok(
        post(
            "/kegiatan/" + safari + "/safari/layanan",
            "kunjunganId",
            String.valueOf(kunjungan),
            "jenis",
            "DITEMUI",
            "nama",
            "Warung Bu Tini"));

    assertThat(
            jdbc.sql("SELECT hadir_pada, lintang FROM kunjungan WHERE id = :id")
                .param("id", kunjungan)
                .query()
                .singleRow())
        .containsEntry("lintang", -6.9812)
        .extractingByKey("hadir_pada")
        .isNotNull();
    assertThat(mvc.get().uri("/kegiatan/{k}/safari", safari).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Purwodinatan", "Bandeng Juwana", "Warung Bu Tini", "2 layanan");

    HitunganGerai h = kegiatanService.hitungUntukGerai(gerai, hari, hari);
    assertThat(h).isEqualTo(new HitunganGerai(2, 1, 1, 2));
    assertThat(kegiatanService.hitungUntukGerai(gerai, hari.plusDays(1), hari.plusDays(30)))
        .isEqualTo(new HitunganGerai(0, 0, 0, 0));
  }

  @Test
  void aVisitNeedsAKelurahanAndASafari() {
    LocalDate hari = LocalDate.now(KegiatanWaktu.ZONA);
    long safari =
        api.buat(
            KegiatanUji.json(
                "SAFARI",
                KegiatanUji.unik("Safari"),
                hari + "T08:00",
                hari + "T16:00",
                null,
                KegiatanUji.SEKAYU,
                null,
                null),
            stafKota());
    assertThat(
            post(
                "/kegiatan/" + safari + "/safari/kunjungan",
                "kodeWilayah",
                "33.74.01",
                "tanggal",
                hari.toString()))
        .flash()
        .containsKey("galat");
    long pelatihan =
        api.buat(
            KegiatanUji.json(
                "PELATIHAN",
                KegiatanUji.unik("Bukan safari"),
                hari + "T08:00",
                hari + "T16:00",
                null,
                KegiatanUji.SEKAYU,
                null,
                null),
            stafKota());
    assertThat(
            post(
                "/kegiatan/" + pelatihan + "/safari/kunjungan",
                "kodeWilayah",
                KegiatanUji.SEKAYU,
                "tanggal",
                hari.toString()))
        .flash()
        .containsKey("galat");
  }

  private static void ok(org.springframework.test.web.servlet.assertj.MvcTestResult r) {
    assertThat(r).hasStatus(HttpStatus.FOUND).flash().doesNotContainKey("galat");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult post(
      String uri, String... param) {
    var req = mvc.post().uri(uri).with(stafKota()).with(csrf());
    for (int i = 0; i < param.length; i += 2) {
      req = req.param(param[i], param[i + 1]);
    }
    return req.exchange();
  }
}

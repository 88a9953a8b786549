package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Activities: created by staff at an address or by a gerai officer at their gerai, edited with a
 * version check, refused with a message when wrong, shown in the calendar (month and list) and kept
 * in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KegiatanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
  }

  @Test
  void staffCreatesAtAnAddressAndEditsWithTrail() {
    String judul = KegiatanUji.unik("Pelatihan Pemasaran");
    long id =
        api.buat(
            KegiatanUji.json(
                "PELATIHAN",
                judul,
                "2026-12-03T09:00",
                "2026-12-03T12:00",
                null,
                KegiatanUji.SEKAYU,
                30,
                null),
            stafKota());
    assertThat(mvc.get().uri("/api/v1/kegiatan/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(judul, "\"kodeWilayah\":\"33.74.01.1007\"", "Sekayu", "\"kapasitas\":30");
    assertThat(uji.jejak("BUAT", "kegiatan", id)).isEqualTo(1);
    int versi =
        jdbc.sql("SELECT versi FROM kegiatan WHERE id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();

    String baru = judul + " Lanjutan";
    assertThat(
            api.kirim(
                "PUT",
                "/api/v1/kegiatan/" + id,
                KegiatanUji.json(
                        "PELATIHAN",
                        baru,
                        "2026-12-03T09:00",
                        "2026-12-03T15:00",
                        null,
                        KegiatanUji.SEKAYU,
                        40,
                        null)
                    .replace("\"deskripsi\"", "\"versi\": " + versi + ", \"deskripsi\""),
                stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(baru, "\"kapasitas\":40");
    assertThat(uji.jejak("UBAH", "kegiatan", id)).isEqualTo(1);
    // The version read before the first edit is stale now.
    assertThat(
            api.kirim(
                "PUT",
                "/api/v1/kegiatan/" + id,
                KegiatanUji.json(
                        "PELATIHAN",
                        baru,
                        "2026-12-03T09:00",
                        "2026-12-03T15:00",
                        null,
                        KegiatanUji.SEKAYU,
                        40,
                        null)
                    .replace("\"deskripsi\"", "\"versi\": " + versi + ", \"deskripsi\""),
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("diubah orang lain");
  }

  @Test
  void aGeraiOfficerCreatesAtTheirGeraiWhoseAreaAndPositionItTakes() {
    long gerai = uji.gerai(KegiatanUji.PURWODINATAN);
    var petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KegiatanUji.PURWODINATAN));
    String judul = KegiatanUji.unik("Pertemuan Forum");
    long id =
        api.buat(
            KegiatanUji.json(
                "PERTEMUAN", judul, "2026-12-05T19:00", "2026-12-05T21:00", null, null, null, null),
            petugas);
    assertThat(
            jdbc.sql("SELECT gerai_id, kode_wilayah, lintang FROM kegiatan WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow())
        .containsEntry("gerai_id", gerai)
        .containsEntry("kode_wilayah", KegiatanUji.PURWODINATAN)
        .containsEntry("lintang", -6.98);
    assertThat(mvc.get().uri("/kegiatan/{id}", id).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains(judul);
  }

  @Test
  void wrongInputIsRefusedWithAMessage() {
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan",
                KegiatanUji.json(
                    "PELATIHAN",
                    "Terbalik",
                    "2026-12-03T12:00",
                    "2026-12-03T09:00",
                    null,
                    KegiatanUji.SEKAYU,
                    null,
                    null),
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("tidak boleh sebelum");
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan",
                KegiatanUji.json(
                    "PELATIHAN",
                    "Kecamatan",
                    "2026-12-03T09:00",
                    "2026-12-03T12:00",
                    null,
                    "33.74.01",
                    null,
                    null),
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("bukan kelurahan");
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan",
                KegiatanUji.json(
                    "FESTIVAL",
                    "Kuota",
                    "2026-12-03T09:00",
                    "2026-12-03T12:00",
                    null,
                    KegiatanUji.SEKAYU,
                    5,
                    6),
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            api.kirim(
                "POST",
                "/api/v1/kegiatan",
                KegiatanUji.json(
                    "PELATIHAN",
                    "",
                    "2026-12-03T09:00",
                    "2026-12-03T12:00",
                    null,
                    KegiatanUji.SEKAYU,
                    null,
                    null),
                stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Judul wajib");
  }

  @Test
  void theCalendarShowsTheMonthAndTheListFilteredByKind() {
    String judul = KegiatanUji.unik("Sosialisasi Halal");
    long id =
        api.buat(
            KegiatanUji.json(
                "SOSIALISASI",
                judul,
                "2027-02-10T09:00",
                "2027-02-11T12:00",
                null,
                KegiatanUji.SEKAYU,
                null,
                null),
            stafKota());
    assertThat(mvc.get().uri("/kegiatan?bulan=2027-02").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(judul, "/kegiatan/" + id);
    assertThat(
            mvc.get()
                .uri("/kegiatan?bulan=2027-02&tampilan=daftar&jenis=SOSIALISASI")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(judul);
    assertThat(mvc.get().uri("/kegiatan?bulan=2027-02&jenis=FESTIVAL").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .doesNotContain(judul);
    assertThat(mvc.get().uri("/kegiatan?bulan=2027-03").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .doesNotContain(judul);
    assertThat(mvc.get().uri("/kegiatan?bulan=bukan").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            mvc.get()
                .uri("/api/v1/kegiatan?dari=2027-02-11&sampai=2027-02-11&jenis=SOSIALISASI")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(judul);
  }

  @Test
  void theFormCreatesAnActivityAndShowsRefusalsBesideIt() {
    String judul = KegiatanUji.unik("Pendampingan Kemasan");
    assertThat(mvc.get().uri("/kegiatan/baru").with(stafKota())).hasStatusOk();
    var hasil =
        mvc.post()
            .uri("/kegiatan/baru")
            .with(stafKota())
            .with(csrf())
            .param("jenis", "PENDAMPINGAN")
            .param("judul", judul)
            .param("mulai", "2026-12-10T09:00")
            .param("selesai", "2026-12-10T11:00")
            .param("kodeWilayah", KegiatanUji.SEKAYU)
            .param("penyelenggara", "Dinkop")
            .exchange();
    assertThat(hasil).hasStatus(HttpStatus.FOUND);
    String lokasi = hasil.getResponse().getRedirectedUrl();
    assertThat(mvc.get().uri(lokasi).with(stafKota())).hasStatusOk().bodyText().contains(judul);
    assertThat(
            mvc.post()
                .uri("/kegiatan/baru")
                .with(stafKota())
                .with(csrf())
                .param("jenis", "PENDAMPINGAN")
                .param("judul", judul)
                .param("mulai", "2026-12-10T09:00")
                .param("selesai", "2026-12-10T11:00")
                .param("penyelenggara", "Dinkop"))
        .hasStatusOk()
        .bodyText()
        .contains("Isi tempat");
  }

  @Test
  void theEditFormShowsTheActivityAndSavesIt() {
    String judul = KegiatanUji.unik("Safari Kota Lama");
    long id =
        api.buat(
            KegiatanUji.json(
                "SAFARI",
                judul,
                "2026-12-20T08:00",
                "2026-12-20T15:30",
                null,
                KegiatanUji.SEKAYU,
                null,
                null),
            stafKota());
    assertThat(mvc.get().uri("/kegiatan/{id}/ubah", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(judul, "2026-12-20T08:00", "2026-12-20T15:30", KegiatanUji.SEKAYU);
    assertThat(mvc.get().uri("/kegiatan/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/kegiatan/" + id + "/safari");
    assertThat(
            mvc.post()
                .uri("/kegiatan/{id}/ubah", id)
                .with(stafKota())
                .with(csrf())
                .param("jenis", "SAFARI")
                .param("judul", judul + " Diubah")
                .param("mulai", "2026-12-20T08:00")
                .param("selesai", "2026-12-20T16:00")
                .param("kodeWilayah", KegiatanUji.SEKAYU)
                .param("penyelenggara", "Dinkop"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/api/v1/kegiatan/{id}", id).with(stafKota()))
        .bodyText()
        .contains(judul + " Diubah", "2026-12-20T16:00");
  }
}

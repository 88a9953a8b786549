package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A gerai report through the API and the pages: pre-filled from another module's bean, saved,
 * submitted, approved or returned by staff, refused with a readable message in both languages,
 * locked after its deadline and reopened with a reason kept in the trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LaporanGeraiUji.class)
class LaporanGeraiAlurTests {

  static final String OKT = "2026-10";
  static final String JSON =
      """
      {"angka":{"jumlahPertemuan":2,"anggotaHadir":%d,"umkmBaru":3,"koperasiBaru":1,
      "layananNib":5,"layananIzin":1,"layananKonsultasi":2,"permasalahan":1},"catatan":%s}
      """;

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository geraiRepo;
  @Autowired AnggotaForumRepository anggotaRepo;
  @Autowired LaporanGeraiUji.Jam jam;
  @Autowired LaporanGeraiUji.Penyumbang penyumbang;
  @Autowired JdbcClient jdbc;

  long gerai;
  RequestPostProcessor petugas;

  @BeforeEach
  void siapkan() {
    gerai =
        GeraiFixture.simpan(
            geraiRepo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Laporan"));
    petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, "33.74.01.1007"));
    for (int i = 0; i < 3; i++) {
      anggota("Anggota " + i, LocalDate.of(2026, 1, 10));
    }
  }

  @AfterEach
  void pulihkan() {
    jam.kembalikan();
    penyumbang.angka.clear();
  }

  void anggota(String nama, LocalDate gabung) {
    anggotaRepo.save(
        AnggotaForum.daftarkan(
            new AnggotaForumBaru(gerai, nama, null, null, null, gabung), gabung, "uji"));
  }

  MvcTestResult put(RequestPostProcessor siapa, String periode, String json) {
    return mvc.put()
        .uri("/api/v1/gerai/{id}/laporan/{p}", gerai, periode)
        .with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  MvcTestResult post(RequestPostProcessor siapa, String aksi, String json) {
    var r =
        mvc.post()
            .uri("/api/v1/gerai/{id}/laporan/{p}/" + aksi, gerai, OKT)
            .with(siapa)
            .with(csrf());
    if (json != null) {
      r = r.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return r.exchange();
  }

  @Test
  void theFormIsPrefilledFromOtherModulesAndTheOfficerConfirms() {
    penyumbang.angka.put(gerai, new LaporanGeraiAngka(3, 0, 2, 0, 7, 0, 4, 2));
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan/{p}", gerai, OKT).with(petugas))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.baru").isEqualTo(true);
              assertThat(j).extractingPath("$.isian.layananNib").isEqualTo(7);
              assertThat(j).extractingPath("$.laporan.angka.layananNib").isEqualTo(7);
              assertThat(j).extractingPath("$.laporan.status").isEqualTo("DRAF");
              assertThat(j).extractingPath("$.laporan.tenggat").isEqualTo("2026-11-10");
              assertThat(j).extractingPath("$.anggotaTerdaftar").isEqualTo(3);
            });
    assertThat(mvc.get().uri("/gerai/{id}/laporan/{p}", gerai, OKT).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains("Tercatat di sistem: 7", "Kirim laporan");
    // nothing is stored until the officer saves
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan", gerai).with(petugas))
        .bodyJson()
        .isEqualTo("[]");
  }

  @Test
  void anOfficerSubmitsAndStaffApprove() {
    assertThat(put(petugas, OKT, JSON.formatted(3, "\"Pertemuan rutin\"")))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("DRAF");
    assertThat(post(petugas, "kirim", null))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("DIKIRIM");
    assertThat(post(petugas, "setujui", null)).hasStatus(HttpStatus.FORBIDDEN);
    RequestPostProcessor stafKecamatan = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"));
    assertThat(post(stafKecamatan, "setujui", null))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("DISETUJUI");
    assertThat(post(stafKecamatan, "setujui", null))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Hanya laporan yang sudah dikirim yang dapat disetujui.");
    assertThat(put(petugas, OKT, JSON.formatted(3, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("tidak dapat diubah");
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan", gerai).with(petugas))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$[0].periode.kode").isEqualTo(OKT);
              assertThat(j).extractingPath("$[0].tepatWaktu").isEqualTo(true);
            });
  }

  @Test
  void staffReturnAReportWithAReasonAndTheOfficerCorrectsIt() {
    put(petugas, OKT, JSON.formatted(3, "null"));
    post(petugas, "kirim", null);
    assertThat(post(stafKota(), "kembalikan", "{\"alasan\":\"\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Tuliskan alasannya.");
    assertThat(post(stafKota(), "kembalikan", "{\"alasan\":\"Cek daftar hadir\"}"))
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("DIKEMBALIKAN");
    assertThat(mvc.get().uri("/gerai/{id}/laporan/{p}", gerai, OKT).with(petugas))
        .bodyText()
        .contains("Cek daftar hadir");
    assertThat(put(petugas, OKT, JSON.formatted(2, "null"))).hasStatusOk();
    assertThat(post(petugas, "kirim", null))
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("DIKIRIM");
  }

  @Test
  void rulesAnswerInTheCallersLanguage() {
    assertThat(put(petugas, OKT, JSON.formatted(4, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Anggota yang hadir (4) tidak boleh melebihi anggota terdaftar di gerai (3).");
    assertThat(
            mvc.put()
                .uri("/api/v1/gerai/{id}/laporan/{p}?lang=en", gerai, OKT)
                .with(petugas)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.formatted(4, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Members present (4) cannot exceed the members registered at the gerai (3).");
    assertThat(put(petugas, OKT, JSON.formatted(-1, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Angka tidak boleh negatif.");
    assertThat(put(petugas, OKT, "{\"angka\":null,\"catatan\":\"\"}")).hasStatusOk();
    assertThat(post(petugas, "kirim", null))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Laporan kosong tidak dapat dikirim");
    assertThat(put(petugas, "2026-12", JSON.formatted(1, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Periode 2026-12 belum dimulai");
    assertThat(put(petugas, "2026-13", JSON.formatted(1, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Periode 2026-13 tidak sah");
  }

  @Test
  void membersWhoLeftBeforeThePeriodDoNotCountAsRegistered() {
    AnggotaForum keluar =
        AnggotaForum.daftarkan(
            new AnggotaForumBaru(gerai, "Keluar", null, null, null, LocalDate.of(2026, 1, 1)),
            LocalDate.of(2026, 1, 1),
            "uji");
    keluar.nonaktifkan(LocalDate.of(2026, 9, 30));
    anggotaRepo.save(keluar);
    anggota("Baru November", LocalDate.of(2026, 11, 2));
    assertThat(put(petugas, OKT, JSON.formatted(4, "null"))).hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aReportLocksAfterItsDeadlineAndStaffReopenWithAReasonInTheTrail() {
    put(petugas, OKT, JSON.formatted(3, "null"));
    jam.atur(LocalDate.of(2026, 11, 10));
    assertThat(put(petugas, OKT, JSON.formatted(2, "null"))).hasStatusOk();
    jam.atur(LocalDate.of(2026, 11, 11));
    assertThat(put(petugas, OKT, JSON.formatted(1, "null")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Laporan terkunci");
    assertThat(post(petugas, "kirim", null)).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/gerai/{id}/laporan/{p}", gerai, OKT).with(petugas))
        .bodyText()
        .contains("terkunci")
        .doesNotContain("Kirim laporan");
    assertThat(post(petugas, "buka-kembali", "{\"alasan\":\"x\"}")).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(post(stafKota(), "buka-kembali", "{\"alasan\":\"Ketua sakit, disusulkan\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.dibukaKembali")
        .isEqualTo(true);
    assertThat(
            jdbc.sql(
                    "SELECT sesudah FROM jejak_audit WHERE jenis_rekaman = 'laporan_gerai'"
                        + " AND aksi = 'BUKA_KEMBALI' AND id_rekaman = (SELECT CAST(id AS VARCHAR(20))"
                        + " FROM laporan_gerai WHERE gerai_id = :g)")
                .param("g", gerai)
                .query(String.class)
                .single())
        .contains("Ketua sakit, disusulkan");
    assertThat(put(petugas, OKT, JSON.formatted(1, "null"))).hasStatusOk();
    assertThat(post(petugas, "kirim", null))
        .bodyJson()
        .extractingPath("$.tepatWaktu")
        .isEqualTo(false);
  }

  @Test
  void aGeraiThatNeverStartedItsReportCannotAfterTheDeadlineUntilReopened() {
    jam.atur(LocalDate.of(2026, 11, 20));
    assertThat(put(petugas, OKT, JSON.formatted(1, "null"))).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(post(stafKota(), "buka-kembali", "{\"alasan\":\"Disusulkan\"}")).hasStatusOk();
    assertThat(put(petugas, OKT, JSON.formatted(1, "null"))).hasStatusOk();
  }

  @Test
  void theOfficerSubmitsThroughThePage() {
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/laporan/{p}", gerai, OKT)
                .with(petugas)
                .with(csrf())
                .param("jumlahPertemuan", "1")
                .param("anggotaHadir", "9")
                .param("aksi", "kirim"))
        .hasStatusOk()
        .bodyText()
        .contains("tidak boleh melebihi");
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/laporan/{p}", gerai, OKT)
                .with(petugas)
                .with(csrf())
                .param("jumlahPertemuan", "abc")
                .param("aksi", "kirim"))
        .hasStatusOk()
        .bodyText()
        .contains("Isi dengan bilangan bulat.");
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/laporan/{p}", gerai, OKT)
                .with(petugas)
                .with(csrf())
                .param("jumlahPertemuan", "1")
                .param("anggotaHadir", "3")
                .param("catatan", "Rapat bulanan")
                .param("aksi", "kirim"))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/gerai/" + gerai + "/laporan/" + OKT);
    assertThat(mvc.get().uri("/gerai/{id}/laporan", gerai).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains(OKT, "Dikirim", "Tepat waktu");
    assertThat(mvc.get().uri("/gerai/{id}/laporan/{p}", gerai, OKT).with(stafKota()))
        .bodyText()
        .contains("Setujui", "Kembalikan untuk diperbaiki");
  }
}

package id.gerai.konsultasi;

import static id.gerai.konsultasi.KonsultasiUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The assignment form's account picker: it offers only active mentors, forum officers and Dinkop
 * staff within the assigner's reach (inside their area, or covering it), by name or username; a
 * case assigned through it goes to that account with the account's own name and role; an account id
 * that is unknown, inactive, of another role or out of reach is refused with a message on the page
 * and a 400 from the API, and nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PilihAkunTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;
  KonsultasiApi api;
  String tanda;
  long pendampingKecamatan;
  long pendampingKota;
  long pengurusForum;
  long stafKelurahan;
  long stafKecamatanLain;
  long pendampingNonaktif;
  long pelaku;
  long pengurusGerai;
  long adminLain;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
    tanda = "pilih" + UUID.randomUUID().toString().substring(0, 6);
    pendampingKecamatan = akun("Rina", Peran.PENDAMPING, "WILAYAH", "33.74.01", null, true);
    pendampingKota = akun("Rudi", Peran.PENDAMPING, "WILAYAH", "33.74", null, true);
    pengurusForum = akun("Sari", Peran.PENGURUS_FORUM, "WILAYAH", "33.74", null, true);
    stafKelurahan = akun("Tono", Peran.STAF_DINAS, "WILAYAH", KonsultasiUji.SEKAYU, null, true);
    stafKecamatanLain = akun("Umar", Peran.STAF_DINAS, "WILAYAH", "33.74.02", null, true);
    pendampingNonaktif = akun("Vina", Peran.PENDAMPING, "WILAYAH", "33.74.01", null, false);
    pelaku = akun("Wati", Peran.PELAKU_USAHA, "MILIK_SENDIRI", null, null, true);
    pengurusGerai =
        akun("Yani", Peran.PENGURUS_GERAI, "GERAI", KonsultasiUji.SEKAYU, uji.gerai, true);
    adminLain = akun("Zaki", Peran.STAF_DINAS, "WILAYAH", "33.75", null, true);
  }

  RequestPostProcessor stafKecamatan() {
    return sebagai(Peran.STAF_DINAS, Cakupan.wilayah(KonsultasiUji.KECAMATAN), 11);
  }

  @Test
  void aKecamatanAssignerFindsTheEligibleAccountsInsideOrCoveringTheirArea() {
    assertThat(cari(tanda, stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains(
            nama("Rina") + " (" + pengguna("Rina") + "), Pendamping",
            nama("Rudi"),
            nama("Sari"),
            nama("Tono"),
            "value=\"" + pendampingKecamatan + "\"")
        .doesNotContain(nama("Umar"), nama("Vina"), nama("Wati"), nama("Yani"), nama("Zaki"));
  }

  @Test
  void theWholeCityReachesEveryEligibleAccountAndAGeraiOfficerThoseCoveringTheGerai() {
    assertThat(cari(tanda, KonsultasiUji.staf()))
        .hasStatusOk()
        .bodyText()
        .contains(nama("Rina"), nama("Rudi"), nama("Sari"), nama("Tono"), nama("Umar"))
        .contains(nama("Zaki"))
        .doesNotContain(nama("Vina"), nama("Wati"), nama("Yani"));
    assertThat(cari(tanda, uji.pengurusGerai()))
        .hasStatusOk()
        .bodyText()
        .contains(nama("Rina"), nama("Rudi"), nama("Sari"), nama("Tono"))
        .doesNotContain(nama("Umar"), nama("Vina"), nama("Wati"), nama("Yani"), nama("Zaki"));
  }

  @Test
  void theSearchMatchesEveryWordInNameOrUsernameIgnoringCase() {
    assertThat(cari("RUDI " + tanda.toUpperCase(), stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains(nama("Rudi"))
        .doesNotContain(nama("Rina"), nama("Sari"));
    // every word counts, in any order, against the name or the username
    assertThat(cari(tanda + " rud", stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains(nama("Rudi"))
        .doesNotContain(nama("Rina"), nama("Sari"));
    assertThat(cari(pengguna("Sari"), stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains(nama("Sari"))
        .doesNotContain(nama("Rudi"));
    assertThat(cari(tanda + "-tidak-ada", stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains("Tidak ada akun yang cocok.");
  }

  @Test
  void onlyThoseWhoAssignMaySearch() {
    assertThat(cari(tanda, uji.pemilik())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(cari(tanda, uji.pendamping())).hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theCasePageOffersThePickerInsteadOfAnIdField() {
    long id = api.buka(uji, KonsultasiUji.staf(), "MODAL", "Butuh modal kerja.");
    assertThat(mvc.get().uri("/konsultasi/{id}", id).with(stafKecamatan()))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"cari-akun\"", "hx-get=\"/konsultasi/pilih-akun\"", "id=\"pilihan-akun\"")
        .contains("type=\"radio\" name=\"akunId\" value=\"\"")
        .doesNotContain("name=\"akunId\" type=\"number\"");
  }

  @Test
  void assigningThroughThePickerTakesTheAccountsNameAndRole() {
    long id = api.buka(uji, KonsultasiUji.staf(), "MODAL", "Butuh modal kerja.");
    assertThat(tugaskan(id, pendampingKota, "STAF_DINAS", ""))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("pesan", "konsultasi.halaman.ditugaskan");
    assertThat(uji.kolom(id, "status")).isEqualTo("DITUGASKAN");
    assertThat(uji.kolom(id, "ditugaskan_akun_id")).isEqualTo(String.valueOf(pendampingKota));
    assertThat(uji.kolom(id, "ditugaskan_nama")).isEqualTo(nama("Rudi"));
    assertThat(uji.kolom(id, "ditugaskan_peran")).isEqualTo("PENDAMPING");
    // the queue choice (no person) still assigns to a role
    long lain = api.buka(uji, KonsultasiUji.staf(), "MODAL", "Butuh modal usaha.");
    assertThat(tugaskan(lain, null, "PENGURUS_FORUM", "")).hasStatus(HttpStatus.FOUND);
    assertThat(uji.kolom(lain, "ditugaskan_peran")).isEqualTo("PENGURUS_FORUM");
    assertThat(uji.kolom(lain, "ditugaskan_akun_id")).isNull();
  }

  @Test
  void aWrongAccountIdIsRefusedWithAMessageAndChangesNothing() {
    long id = api.buka(uji, KonsultasiUji.staf(), "MODAL", "Butuh modal kerja.");
    for (long salah :
        new long[] {
          stafKecamatanLain, pendampingNonaktif, pelaku, pengurusGerai, KonsultasiUji.acak()
        }) {
      assertThat(tugaskan(id, salah, "PENDAMPING", ""))
          .hasStatus(HttpStatus.FOUND)
          .flash()
          .containsEntry(
              "galat",
              "Akun "
                  + salah
                  + " tidak ada, tidak aktif, atau tidak dapat menerima kasus dari Anda."
                  + " Pilih orang dari daftar.");
    }
    assertThat(tugaskan(id, pelaku, "PENDAMPING", "?lang=en"))
        .flash()
        .containsEntry(
            "galat",
            "Account "
                + pelaku
                + " does not exist, is not active, or cannot take cases from you."
                + " Choose a person from the list.");
    assertThat(uji.kolom(id, "status")).isEqualTo("BARU");
    assertThat(uji.kolom(id, "ditugaskan_akun_id")).isNull();
    assertThat(uji.jejak("TUGASKAN", id)).isZero();
  }

  @Test
  void theApiKeepsTakingAnAccountIdAndRefusesAWrongOne() {
    long id = api.buka(uji, KonsultasiUji.staf(), "MODAL", "Butuh modal kerja.");
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/tugaskan",
                id,
                "{\"akunId\": " + pendampingNonaktif + ", \"peran\": \"PENDAMPING\"}",
                stafKecamatan()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Akun " + pendampingNonaktif + " tidak ada");
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/tugaskan",
                id,
                "{\"akunId\": " + pengurusForum + "}",
                stafKecamatan()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(uji.kolom(id, "ditugaskan_akun_id")).isEqualTo(String.valueOf(pengurusForum));
    assertThat(uji.kolom(id, "ditugaskan_nama")).isEqualTo(nama("Sari"));
    assertThat(uji.kolom(id, "ditugaskan_peran")).isEqualTo("PENGURUS_FORUM");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult cari(
      String q, RequestPostProcessor siapa) {
    return mvc.get()
        .uri("/konsultasi/pilih-akun")
        .param("q", q)
        .header("HX-Request", "true")
        .with(siapa)
        .exchange();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult tugaskan(
      long id, Long akunId, String peran, String lang) {
    return mvc.post()
        .uri("/konsultasi/{id}/tugaskan" + lang, id)
        .param("akunId", akunId == null ? "" : String.valueOf(akunId))
        .param("peran", peran)
        .param("q", tanda)
        .with(stafKecamatan())
        .with(csrf())
        .exchange();
  }

  private String nama(String depan) {
    return depan + " " + tanda;
  }

  private String pengguna(String depan) {
    return tanda + "-" + depan.toLowerCase();
  }

  private long akun(
      String depan, Peran peran, String jenis, String kode, Long gerai, boolean aktif) {
    long id = KonsultasiUji.acak();
    jdbc.sql(
            "INSERT INTO akun (id, nama_pengguna, nama_lengkap, kata_sandi, peran, cakupan_jenis,"
                + " cakupan_wilayah, cakupan_gerai, aktif, dibuat_pada, versi) VALUES (:id,"
                + " :pengguna, :nama, 'x', :peran, :jenis, :kode, :gerai, :aktif, :kini, 0)")
        .param("id", id)
        .param("pengguna", pengguna(depan))
        .param("nama", nama(depan))
        .param("peran", peran.name())
        .param("jenis", jenis)
        .param("kode", kode)
        .param("gerai", gerai)
        .param("aktif", aktif)
        .param("kini", Timestamp.from(Instant.now()))
        .update();
    return id;
  }
}

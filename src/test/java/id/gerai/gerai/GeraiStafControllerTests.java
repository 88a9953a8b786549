package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff open, edit, deactivate, reactivate and close gerai; everyone else is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class GeraiStafControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository repo;
  @Autowired JdbcClient jdbc;

  @Test
  void staffOpenAGeraiAndLandOnItsPage() {
    String nama = GeraiFixture.unik("Baru");

    var hasil =
        mvc.post()
            .uri("/gerai/baru")
            .with(stafKota())
            .with(csrf())
            .param("jenis", "STRATEGIS")
            .param("nama", nama)
            .param("kodeWilayah", "33.74.10.1001")
            .param("alamat", "Pasar Meteseh")
            .param("lintang", "-7.05")
            .param("bujur", "110.47")
            .param("tanggalBuka", "2024-03-01")
            .exchange();

    assertThat(hasil).hasStatus3xxRedirection();
    long id = idDari(hasil.getResponse().getRedirectedUrl());
    assertThat(
            jdbc.sql("SELECT nama, status, dibuat_oleh FROM gerai WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow())
        .containsEntry("nama", nama)
        .containsEntry("status", "AKTIF")
        .containsEntry("dibuat_oleh", "uji-staf_dinas");
    assertThat(mvc.get().uri("/gerai/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(nama, "Lokasi strategis", "Pasar Meteseh", "1 Maret 2024");
  }

  @Test
  void theFormOffersTheHomeAreasKelurahanAndKecamatan() {
    assertThat(mvc.get().uri("/gerai/baru").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "<form",
            "name=\"kodeWilayah\"",
            "value=\"33.74.01.1007\"",
            "Kelurahan Sekayu (33.74.01.1007)")
        .contains("Kecamatan Tembalang (33.74.10)", "name=\"_csrf\"");
  }

  @Test
  void staffEditAGeraiAndAStaleFormIsRefused() {
    long id =
        GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Ubah"));
    String namaBaru = GeraiFixture.unik("Diubah");

    assertThat(mvc.get().uri("/gerai/{id}/ubah", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("name=\"versi\"", "value=\"33.74.01.1007\" selected");
    int versi = versi(id);
    assertThat(ubah(id, namaBaru, versi, "-6.98"))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("pesan", "gerai.pesan.diubah");
    assertThat(mvc.get().uri("/gerai/{id}", id).with(stafKota()))
        .bodyText()
        .contains(namaBaru, "Lintang -6.98, bujur 110.41");

    assertThat(ubah(id, "Basi", versi, "-6.98"))
        .hasStatusOk()
        .bodyText()
        .contains("baru saja diubah orang lain");
  }

  @Test
  void staffCloseAGeraiWithADateAndAReasonAndItStaysInTheRecords() {
    long id =
        GeraiFixture.simpan(
            repo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Tutup"));

    assertThat(mvc.get().uri("/gerai/{id}/tutup", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("name=\"yakin\"", "name=\"alasan\"", "tetap tersimpan");
    MvcTestResult ditutup =
        status(id, "tutup", "Pengurus pindah ke gerai kecamatan", true).exchange();
    assertThat(ditutup)
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/gerai/" + id)
        .flash()
        .containsEntry("pesan", "gerai.pesan.tutup");
    Cookie sesi = ditutup.getResponse().getCookie("SESSION");

    assertThat(mvc.get().uri("/gerai/{id}", id).cookie(sesi).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Gerai sudah ditutup.",
            "lencana TUTUP",
            "Pengurus pindah ke gerai kecamatan",
            "uji-staf_dinas")
        .doesNotContain("/gerai/" + id + "/ubah\"");
    assertThat(status(id, "tutup", "Lagi", true))
        .hasStatusOk()
        .bodyText()
        .contains("Gerai ini sudah ditutup");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM gerai_status_riwayat WHERE gerai_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void staffDeactivateAndReactivate() {
    long id =
        GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Jeda"));

    assertThat(status(id, "nonaktifkan", "Renovasi balai", true)).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/gerai/{id}", id).with(stafKota()))
        .bodyText()
        .contains("lencana NONAKTIF", "/gerai/" + id + "/aktifkan");
    assertThat(status(id, "nonaktifkan", "Lagi", true))
        .bodyText()
        .contains("Hanya gerai yang aktif");
    assertThat(status(id, "aktifkan", "Renovasi selesai", true)).hasStatus3xxRedirection();
    assertThat(
            jdbc.sql("SELECT status FROM gerai WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("AKTIF");
  }

  @Test
  void aStatusChangeNeedsConfirmationAReasonAndNoFutureDate() {
    long id =
        GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Ragu"));

    assertThat(
            mvc.post()
                .uri("/gerai/{id}/tutup", id)
                .with(stafKota())
                .with(csrf())
                .param("tanggal", LocalDate.now().plusDays(2).toString())
                .param("alasan", " "))
        .hasStatusOk()
        .bodyText()
        .contains("Centang kotak ini", "Alasan wajib diisi.", "tidak boleh di masa depan");
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/tutup", id)
                .with(stafKota())
                .with(csrf())
                .param("tanggal", "kemarin")
                .param("alasan", "x")
                .param("yakin", "true"))
        .hasStatusOk()
        .bodyText()
        .contains("Tanggal tidak sah.");
    assertThat(
            jdbc.sql("SELECT status FROM gerai WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("AKTIF");
  }

  @Test
  void badCodesAndPositionsComeBackAsFieldErrorsNeverAsAnError() {
    assertThat(buka("KELURAHAN", "33.7x", "-6.9")).bodyText().contains("tidak sah");
    assertThat(buka("KELURAHAN", "33.74.01.9999", "-6.9"))
        .bodyText()
        .contains("33.74.01.9999 tidak ditemukan");
    assertThat(buka("KELURAHAN", "33.74.01", "-6.9")).bodyText().contains("bukan kelurahan");
    assertThat(buka("KECAMATAN", "33.74.01.1007", "-6.9")).bodyText().contains("bukan kecamatan");
    assertThat(buka("KELURAHAN", "33.73.01.1001", "-6.9"))
        .bodyText()
        .contains("di luar wilayah instansi");
    assertThat(buka("KELURAHAN", "33.74.01.1007", "95"))
        .bodyText()
        .contains("Lintang harus antara -90 dan 90.");
    assertThat(buka("KELURAHAN", "33.74.01.1007", "utara"))
        .bodyText()
        .contains("Lintang harus berupa angka");
    assertThat(buka("WARUNG", "33.74.01.1007", "-6.9"))
        .bodyText()
        .contains("Jenis gerai tidak dikenal.");
    assertThat(buka("KELURAHAN", "", "")).bodyText().contains("Pilih kelurahan atau kecamatan.");
  }

  @Test
  void fieldErrorsSpeakEnglishWithLangEn() {
    assertThat(
            mvc.post()
                .uri("/gerai/baru")
                .param("lang", "en")
                .with(stafKota())
                .with(csrf())
                .param("jenis", "KELURAHAN")
                .param("nama", " ")
                .param("kodeWilayah", "33.74.01.1007")
                .param("lintang", "95")
                .param("bujur", "110"))
        .hasStatusOk()
        .bodyText()
        .contains(
            "The gerai name is required.",
            "Latitude must be between -90 and 90.",
            "Open a new gerai");
  }

  @Test
  void kecamatanStaffWorkOnlyInsideTheirKecamatan() {
    RequestPostProcessor stafKecamatan = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"));
    long luar =
        GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.10.1001", GeraiFixture.unik("Luar"));

    assertThat(mvc.get().uri("/gerai/baru").with(stafKecamatan))
        .bodyText()
        .contains("Kelurahan Sekayu (33.74.01.1007)")
        .doesNotContain("33.74.10.1001");
    assertThat(
            mvc.post()
                .uri("/gerai/baru")
                .with(stafKecamatan)
                .with(csrf())
                .param("jenis", "KELURAHAN")
                .param("nama", GeraiFixture.unik("Tembalang"))
                .param("kodeWilayah", "33.74.10.1001"))
        .hasStatusOk()
        .bodyText()
        .contains("di luar cakupan Anda");
    assertThat(mvc.get().uri("/gerai/{id}/ubah", luar).with(stafKecamatan))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(status(luar, "tutup", "x", true, stafKecamatan)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT status FROM gerai WHERE id = :id")
                .param("id", luar)
                .query(String.class)
                .single())
        .isEqualTo("AKTIF");
  }

  @Test
  void gerAiOfficersAndOthersAreRefusedWith403() {
    long id =
        GeraiFixture.simpan(
            repo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Milik"));
    RequestPostProcessor pengurus =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(id, "33.74.01.1007"));

    assertThat(mvc.get().uri("/gerai/baru").with(pengurus)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/gerai/{id}/ubah", id).with(pengurus))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/gerai/baru")
                .with(pengurus)
                .with(csrf())
                .param("jenis", "KELURAHAN")
                .param("nama", "Tidak boleh")
                .param("kodeWilayah", "33.74.01.1007"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(status(id, "tutup", "Tidak boleh", true, pengurus)).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            status(
                id,
                "nonaktifkan",
                "Tidak boleh",
                true,
                sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74"))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            jdbc.sql("SELECT status FROM gerai WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("AKTIF");
    assertThat(mvc.get().uri("/gerai/{id}", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("/gerai/" + id + "/tutup", "/gerai/baru");
  }

  private MockMvcTester.MockMvcRequestBuilder buka(String jenis, String kode, String lintang) {
    return mvc.post()
        .uri("/gerai/baru")
        .with(stafKota())
        .with(csrf())
        .param("jenis", jenis)
        .param("nama", GeraiFixture.unik("Salah"))
        .param("kodeWilayah", kode)
        .param("lintang", lintang)
        .param("bujur", lintang.isEmpty() ? "" : "110.4");
  }

  private MockMvcRequestBuilder ubah(long id, String nama, int versi, String lintang) {
    return mvc.post()
        .uri("/gerai/{id}/ubah", id)
        .with(stafKota())
        .with(csrf())
        .param("jenis", "KELURAHAN")
        .param("nama", nama)
        .param("kodeWilayah", "33.74.01.1007")
        .param("lintang", lintang)
        .param("bujur", "110.41")
        .param("versi", String.valueOf(versi));
  }

  private MockMvcRequestBuilder status(long id, String aksi, String alasan, boolean yakin) {
    return status(id, aksi, alasan, yakin, stafKota());
  }

  private MockMvcRequestBuilder status(
      long id, String aksi, String alasan, boolean yakin, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/gerai/{id}/{aksi}", id, aksi)
        .with(siapa)
        .with(csrf())
        .param("tanggal", LocalDate.now().toString())
        .param("alasan", alasan)
        .param("yakin", String.valueOf(yakin));
  }

  private int versi(long id) {
    return jdbc.sql("SELECT versi FROM gerai WHERE id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private static long idDari(String url) {
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }
}

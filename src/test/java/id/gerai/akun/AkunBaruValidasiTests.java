package id.gerai.akun;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every refusal on the new-account form is a message beside the form, never an error page. */
@SpringBootTest
@AutoConfigureMockMvc
class AkunBaruValidasiTests {

  @Autowired MockMvcTester mvc;
  @Autowired AkunService akun;
  @Autowired JdbcClient jdbc;

  @Test
  void aTakenUsernameIsRefusedBesideTheField() {
    String nama =
        AkunUji.buat(akun, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74").namaPengguna();
    assertThat(kirim(adminKota(), Map.of("namaPengguna", nama)))
        .hasStatusOk()
        .bodyText()
        .contains("Nama pengguna &quot;" + nama + "&quot; sudah dipakai");
  }

  @Test
  void aShortPasswordIsRefused() {
    assertThat(kirim(adminKota(), Map.of("kataSandi", "pendek")))
        .hasStatusOk()
        .bodyText()
        .contains("Kata sandi minimal 10 karakter.");
  }

  @Test
  void emptyAndMalformedFieldsGetBeanValidationMessages() {
    assertThat(
            kirim(
                adminKota(),
                Map.of("namaPengguna", "Budi Santoso", "namaLengkap", " ", "peran", "")))
        .hasStatusOk()
        .bodyText()
        .contains("Nama pengguna hanya boleh memuat huruf kecil", "Wajib diisi.");
  }

  @Test
  void anAreaOutsideTheAdminsScopeIsRefused() {
    RequestPostProcessor adminKecamatan = sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74.01"));
    assertThat(kirim(adminKecamatan, Map.of("cakupanWilayah", "33.74.10")))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah 33.74.10 berada di luar cakupan Anda");
    assertThat(kirim(adminKota(), Map.of("kodeLain", "33.71")))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah 33.71 berada di luar cakupan Anda");
  }

  @Test
  void aGeraiOutsideTheAdminsScopeIsRefused() {
    long gerai = AkunUji.gerai(jdbc, "33.74.01.1007");
    RequestPostProcessor adminTembalang = sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74.10"));
    assertThat(
            kirim(
                adminTembalang,
                Map.of(
                    "peran", "PENGURUS_GERAI",
                    "cakupanJenis", "GERAI",
                    "cakupanGerai", String.valueOf(gerai))))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah 33.74.01.1007 berada di luar cakupan Anda");
  }

  @Test
  void unknownOrMalformedAreaCodesAndUnknownGeraiAreRefused() {
    assertThat(kirim(adminKota(), Map.of("kodeLain", "33.74.99")))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah dengan kode 33.74.99 tidak ditemukan.");
    assertThat(kirim(adminKota(), Map.of("kodeLain", "33.7x")))
        .hasStatusOk()
        .bodyText()
        .contains("Kode wilayah &quot;33.7x&quot; tidak sah.");
    assertThat(
            kirim(
                adminKota(),
                Map.of("cakupanJenis", "GERAI", "cakupanGerai", "987654321", "cakupanWilayah", "")))
        .hasStatusOk()
        .bodyText()
        .contains("Gerai 987654321 tidak ditemukan.");
    assertThat(kirim(adminKota(), Map.of("cakupanJenis", "GERAI", "cakupanGerai", "abc")))
        .hasStatusOk()
        .bodyText()
        .contains("Nomor gerai harus berupa angka.");
  }

  @Test
  void aBusinessActorCannotHaveAnAreaScope() {
    assertThat(kirim(adminKota(), Map.of("peran", "PELAKU_USAHA")))
        .hasStatusOk()
        .bodyText()
        .contains("Pelaku usaha dan pengurus koperasi hanya dapat melihat data miliknya sendiri");
    assertThat(kirim(adminKota(), Map.of("cakupanJenis", "MILIK_SENDIRI")))
        .hasStatusOk()
        .bodyText()
        .contains("Pelaku usaha dan pengurus koperasi hanya dapat melihat data miliknya sendiri");
  }

  @Test
  void theFormSpeaksEnglishWhenAsked() {
    assertThat(kirim(adminKota(), Map.of("kataSandi", "pendek", "lang", "en")))
        .hasStatusOk()
        .bodyText()
        .contains("A password needs at least 10 characters.");
  }

  @Test
  void aRefusedFormCreatesNothing() {
    String nama = AkunUji.unik("batal");
    kirim(adminKota(), Map.of("namaPengguna", nama, "kodeLain", "33.74.99"));
    assertThat(akun.daftar(new SaringAkun(null, null, nama), AkunUji.KOTA, 0, 20).total()).isZero();
  }

  /** A valid staff account in Kota Semarang, with some fields replaced. */
  private MvcTestResult kirim(RequestPostProcessor siapa, Map<String, String> ganti) {
    var isian =
        new java.util.HashMap<>(
            Map.of(
                "namaPengguna", AkunUji.unik("baru"),
                "namaLengkap", "Dwi Astuti",
                "kataSandi", "",
                "peran", "STAF_DINAS",
                "cakupanJenis", "WILAYAH",
                "cakupanWilayah", "33.74.01",
                "kodeLain", ""));
    isian.putAll(ganti);
    var permintaan = mvc.post().uri("/admin/akun/baru").with(siapa).with(csrf());
    isian.forEach(permintaan::param);
    MvcTestResult hasil = permintaan.exchange();
    assertThat(hasil.getResponse().getStatus()).isLessThan(500);
    return hasil;
  }
}

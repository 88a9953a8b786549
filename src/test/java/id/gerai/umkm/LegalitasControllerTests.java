package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The permits page of a business: its permits with their state, the record form with field errors
 * and warnings, the ladder with its next step, the bookkeeping and credit flags, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LegalitasControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  LegalitasUji uji;
  String nama;
  long usaha;

  @BeforeEach
  void siapkan() {
    uji = new LegalitasUji(jdbc);
    nama = LegalitasUji.unik("Keripik Tempe Sekayu");
    usaha = uji.usaha(nama, LegalitasUji.SEKAYU, null, null, "OFFLINE", "8120001234567");
  }

  @Test
  void thePageShowsPermitsWithTheirStateAndTheLadderWithItsNextStep() {
    LocalDate hariIni = LegalitasUji.hariIni();
    uji.legalitas(
        usaha, "HALAL", "ID33110001234560923", hariIni.minusYears(4), hariIni.minusDays(3));
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", usaha).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(nama)
        .contains("ID33110001234560923", "Kedaluwarsa")
        .contains("Anak tangga sekarang: Legal (punya NIB)")
        .contains("Urus sertifikat produk")
        .contains("Catat izin atau sertifikat");
  }

  @Test
  void theEnglishPageSpeaksEnglish() {
    assertThat(mvc.get().uri("/umkm/{id}/legalitas?lang=en", usaha).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Level-up ladder", "Current rung: Legal (has an NIB)")
        .contains("Get a product certificate")
        .doesNotContain("Tangga naik kelas");
  }

  @Test
  void aBadNibIsAFieldErrorAndNothingIsRecorded() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .param("jenis", "NIB")
                .param("nomor", "12345")
                .param("tanggalTerbit", "2024-01-10"))
        .hasStatusOk()
        .bodyText()
        .contains("NIB harus tepat 13 angka.");
    assertThat(uji.jumlahLegalitas(usaha)).isZero();
  }

  @Test
  void anExpiryBeforeIssueIsAFieldError() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .param("jenis", "HALAL")
                .param("nomor", "ID3311")
                .param("tanggalTerbit", "2024-01-10")
                .param("berlakuSampai", "2023-01-10"))
        .hasStatusOk()
        .bodyText()
        .contains("Tanggal berlaku sampai tidak boleh sebelum tanggal terbit.");
    assertThat(uji.jumlahLegalitas(usaha)).isZero();
  }

  @Test
  void whatCannotBeReadIsAFieldErrorNeverAServerError() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .param("jenis", "IZIN_LAIN")
                .param("nomor", "1")
                .param("tanggalTerbit", "kemarin"))
        .hasStatusOk()
        .bodyText()
        .contains("Pilih jenis izin atau sertifikat dari daftar.")
        .contains("Tanggal terbit harus tanggal yang sah.");
    assertThat(uji.jumlahLegalitas(usaha)).isZero();
  }

  @Test
  void aShortPirtNumberIsRecordedWithAWarningAndAudited() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.01")))
                .with(csrf())
                .param("jenis", "PIRT")
                .param("nomor", "2063374010")
                .param("tanggalTerbit", "2024-01-10")
                .param("berlakuSampai", "2030-01-10"))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/umkm/" + usaha + "/legalitas")
        .flash()
        .containsEntry(
            "peringatan",
            List.of("umkm.legalitas.pirt.pendek", "umkm.legalitas.pirt.lebih-5-tahun"));
    assertThat(uji.jumlahLegalitas(usaha)).isEqualTo(1);
    long id =
        jdbc.sql("SELECT id FROM legalitas WHERE usaha_id = :u")
            .param("u", usaha)
            .query(Long.class)
            .single();
    assertThat(uji.jumlahJejak("legalitas", id)).isEqualTo(1);
  }

  @Test
  void aPermitIsEndedNotDeleted() {
    LocalDate hariIni = LegalitasUji.hariIni();
    uji.legalitas(usaha, "MEREK", "IDM000123456", hariIni.minusYears(1), hariIni.plusYears(9));
    long id =
        jdbc.sql("SELECT id FROM legalitas WHERE usaha_id = :u")
            .param("u", usaha)
            .query(Long.class)
            .single();
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas/{l}/akhiri", usaha, id)
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .param("tanggal", hariIni.minusDays(1).toString()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            jdbc.sql("SELECT berlaku_sampai FROM legalitas WHERE id = :id")
                .param("id", id)
                .query(LocalDate.class)
                .single())
        .isEqualTo(hariIni.minusDays(1));
    assertThat(
            mvc.delete()
                .uri("/umkm/{id}/legalitas/{l}", usaha, id)
                .with(PenggunaUji.stafKota())
                .with(csrf()))
        .hasStatus4xxClientError();
  }

  @Test
  void theFlagsMoveTheLadder() {
    uji.legalitas(usaha, "PIRT", "206337401012325", LegalitasUji.hariIni(), null);
    jdbc.sql("UPDATE usaha SET saluran_penjualan = 'OFFLINE,MARKETPLACE' WHERE id = :id")
        .param("id", usaha)
        .update();
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tangga", usaha)
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .param("pembukuan", "true"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", usaha).with(PenggunaUji.stafKota()))
        .bodyText()
        .contains("Anak tangga sekarang: Pembukuan tertib")
        .contains("Tanyakan kredit usaha formal seperti KUR");
    assertThat(uji.jumlahJejak("tangga_usaha", usaha)).isEqualTo(1);
  }

  @Test
  void aMentorSeesThePageButMayNotRecord() {
    assertThat(
            mvc.get()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"))))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Catat izin atau sertifikat");
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/legalitas", usaha)
                .with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")))
                .with(csrf())
                .param("jenis", "HALAL")
                .param("nomor", "ID3311")
                .param("tanggalTerbit", "2024-01-10"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(uji.jumlahLegalitas(usaha)).isZero();
  }
}

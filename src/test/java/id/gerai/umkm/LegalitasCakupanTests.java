package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scope on permits: the expiring list (page and API) shows only businesses in the caller's scope; a
 * business outside it is 404 on the page, the API, the ladder and the record form alike. Three
 * businesses: two in kecamatan Semarang Tengah (one owned by a business actor), one in Semarang
 * Utara.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LegalitasCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  LegalitasUji uji;
  String sekayu;
  String milik;
  String tanjungMas;
  long usahaSekayu;
  long usahaMilik;
  long usahaTanjungMas;
  long akun;

  @BeforeEach
  void siapkan() {
    uji = new LegalitasUji(jdbc);
    LocalDate hariIni = LegalitasUji.hariIni();
    akun = LegalitasUji.akunBaru();
    sekayu = LegalitasUji.unik("Bandeng Sekayu");
    milik = LegalitasUji.unik("Lumpia Purwodinatan");
    tanjungMas = LegalitasUji.unik("Kerupuk Tanjung Mas");
    usahaSekayu = uji.usaha(sekayu, LegalitasUji.SEKAYU);
    usahaMilik = uji.usaha(milik, LegalitasUji.PURWODINATAN, null, akun, null, null);
    usahaTanjungMas = uji.usaha(tanjungMas, LegalitasUji.TANJUNG_MAS);
    uji.legalitas(
        usahaSekayu, "PIRT", "SEKAYU-PIRT-1", hariIni.minusYears(5), hariIni.plusDays(10));
    uji.legalitas(
        usahaMilik, "HALAL", "MILIK-HALAL-1", hariIni.minusYears(4), hariIni.minusDays(2));
    uji.legalitas(
        usahaTanjungMas, "PIRT", "TANJUNGMAS-PIRT-1", hariIni.minusYears(5), hariIni.plusDays(10));
  }

  @Test
  void aKecamatanUserNeverSeesAPermitOfAnotherKecamatan() {
    RequestPostProcessor kecamatan = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));
    assertThat(mvc.get().uri("/umkm/legalitas/kedaluwarsa?ukuran=200").with(kecamatan))
        .hasStatusOk()
        .bodyText()
        .contains(sekayu, milik)
        .doesNotContain(tanjungMas);
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa?ukuran=200").with(kecamatan))
        .hasStatusOk()
        .bodyText()
        .contains("SEKAYU-PIRT-1", "MILIK-HALAL-1")
        .doesNotContain("TANJUNGMAS-PIRT-1");
  }

  @Test
  void aBusinessActorSeesOnlyTheirOwn() {
    RequestPostProcessor pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun));
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa").with(pelaku))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa").with(pelaku))
        .bodyText()
        .contains("MILIK-HALAL-1")
        .doesNotContain("SEKAYU-PIRT-1");
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", usahaMilik).with(pelaku)).hasStatusOk();
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", usahaSekayu).with(pelaku))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aGeraiOfficerSeesOnlyTheBusinessesOfTheirGerai() {
    long gerai = LegalitasUji.akunBaru();
    String nama = LegalitasUji.unik("Batik Gerai");
    long usaha = uji.usaha(nama, LegalitasUji.SEKAYU, gerai, null, null, null);
    uji.legalitas(usaha, "BPOM_MD", "MD-GERAI-1", LegalitasUji.hariIni(), LegalitasUji.hariIni());
    RequestPostProcessor pengurus =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, LegalitasUji.SEKAYU));
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa").with(pengurus))
        .bodyText()
        .contains("MD-GERAI-1")
        .doesNotContain("SEKAYU-PIRT-1");
  }

  @Test
  void outsideTheScopeEverythingIsNotFound() {
    RequestPostProcessor utara = sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.02"));
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", usahaSekayu).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(sekayu);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/legalitas", usahaSekayu).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("SEKAYU-PIRT-1");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tangga", usahaSekayu).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usahaSekayu)
                .with(utara)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\":\"HALAL\",\"nomor\":\"ID1\",\"tanggalTerbit\":\"2024-01-01\"}"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tangga", usahaSekayu)
                .with(utara)
                .with(csrf())
                .param("pembukuan", "true"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(uji.jumlahLegalitas(usahaSekayu)).isEqualTo(1);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/legalitas", 987_654_321L)
                .with(PenggunaUji.adminKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theDaysFilterAndRenewalsShapeTheList() {
    LocalDate hariIni = LegalitasUji.hariIni();
    String nama = LegalitasUji.unik("Tahu Bakso");
    long usaha = uji.usaha(nama, LegalitasUji.SEKAYU);
    uji.legalitas(usaha, "SNI", "SNI-JAUH-1", hariIni.minusYears(1), hariIni.plusDays(200));
    uji.legalitas(usaha, "PIRT", "PIRT-LAMA-1", hariIni.minusYears(5), hariIni.minusDays(30));
    uji.legalitas(usaha, "PIRT", "PIRT-BARU-1", hariIni.minusDays(31), hariIni.plusYears(5));
    RequestPostProcessor staf = PenggunaUji.stafKota();
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa?ukuran=200").with(staf))
        .bodyText()
        .doesNotContain("SNI-JAUH-1", "PIRT-LAMA-1");
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa?hari=365&ukuran=200").with(staf))
        .bodyText()
        .contains("SNI-JAUH-1");
    assertThat(mvc.get().uri("/api/v1/umkm/legalitas/kedaluwarsa?hari=-1").with(staf))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/umkm/legalitas/kedaluwarsa?hari=abc").with(staf))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void htmxPagingGetsOnlyTheResults() {
    assertThat(
            mvc.get()
                .uri("/umkm/legalitas/kedaluwarsa?ukuran=1&halaman=0")
                .header("HX-Request", "true")
                .with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"hasil\"", "rel=\"next\"", "hari=90&amp;halaman=1")
        .doesNotContain("<html");
  }
}

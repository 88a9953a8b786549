package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The list filter on the ladder's rung, one business per rung (and traps: an expired certificate,
 * an NIB only as a permit, channels in odd case, workers of an older year), through the API, the
 * list page and the export, agreeing with the ladder each business page shows, within scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmSaringanTanggaTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TanggaService tangga;

  String awalan;
  final Map<String, Long> usaha = new LinkedHashMap<>();

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    awalan = UmkmFixture.unik("Tangga");
    long p = data.pelaku(awalan + " Sri", null, null, UmkmFixture.SEKAYU, null);
    for (String r :
        new String[] {
          "BELUM", "LEGAL", "BERSERTIFIKAT", "DIGITAL", "PEMBUKUAN", "PEMBIAYAAN", "MEMPEKERJAKAN"
        }) {
      usaha.put(r, data.usaha(p, awalan + " " + r, UmkmFixture.SEKAYU, null, null, "BELUM"));
    }
    // BELUM: an expired NIB permit and online channels do not make it legal.
    izin(usaha.get("BELUM"), "NIB", LocalDate.now().minusDays(1));
    saluran(usaha.get("BELUM"), "MARKETPLACE");
    // LEGAL: the NIB only as a permit; an expired P-IRT does not certify.
    izin(usaha.get("LEGAL"), "NIB", null);
    izin(usaha.get("LEGAL"), "PIRT", LocalDate.now().minusDays(1));
    for (String r :
        new String[] {"BERSERTIFIKAT", "DIGITAL", "PEMBUKUAN", "PEMBIAYAAN", "MEMPEKERJAKAN"}) {
      nib(usaha.get(r));
      izin(usaha.get(r), "HALAL", LocalDate.now().plusYears(1));
    }
    saluran(usaha.get("BERSERTIFIKAT"), "OFFLINE");
    saluran(usaha.get("DIGITAL"), "OFFLINE, marketplace");
    saluran(usaha.get("PEMBUKUAN"), "MEDIA_SOSIAL");
    saluran(usaha.get("PEMBIAYAAN"), "SITUS_SENDIRI");
    saluran(usaha.get("MEMPEKERJAKAN"), "OFFLINE,MEDIA_SOSIAL");
    penanda(usaha.get("DIGITAL"), false, true);
    penanda(usaha.get("PEMBUKUAN"), true, false);
    penanda(usaha.get("PEMBIAYAAN"), true, true);
    penanda(usaha.get("MEMPEKERJAKAN"), true, true);
    // PEMBIAYAAN employed 4 people once, but the latest year has only the owner.
    tahun(usaha.get("PEMBIAYAAN"), 2024, 4);
    tahun(usaha.get("PEMBIAYAAN"), 2025, 1);
    tahun(usaha.get("MEMPEKERJAKAN"), 2025, 3);
  }

  @Test
  void eachRungSelectsItsBusinessThroughTheApiAndAgreesWithTheLadder() {
    usaha.forEach(
        (rung, id) -> {
          TanggaJenjang sekarang = tangga.untuk(id, Cakupan.wilayah("33.74")).hasil().sekarang();
          assertThat(sekarang == null ? "BELUM" : sekarang.name()).as(rung).isEqualTo(rung);
          String json = api("tangga=" + rung);
          assertThat(json).as(rung).contains("\"id\":" + id + ",");
          usaha.forEach(
              (lain, idLain) -> {
                if (!lain.equals(rung)) {
                  assertThat(json)
                      .as(rung + " vs " + lain)
                      .doesNotContain("\"id\":" + idLain + ",");
                }
              });
        });
  }

  @Test
  void theListPageFiltersOnEachRungAndOffersTheFilterInBothLanguages() {
    var staf = PenggunaUji.stafKota();
    usaha.forEach(
        (rung, id) ->
            assertThat(mvc.get().uri("/umkm?q={q}&tangga={t}", awalan, rung).with(staf))
                .hasStatusOk()
                .bodyText()
                .contains(awalan + " " + rung)
                .doesNotContain(awalan + " " + (rung.equals("LEGAL") ? "DIGITAL" : "LEGAL")));
    assertThat(mvc.get().uri("/umkm?tangga=DIGITAL&q={q}", awalan).with(staf))
        .hasStatusOk()
        .bodyText()
        .contains("Anak tangga naik kelas", "Digital (berikutnya: pembukuan)")
        .contains("ekspor.csv?q=")
        .containsPattern("ekspor\\.csv\\?q=[^\"]*tangga=DIGITAL");
    assertThat(mvc.get().uri("/umkm?lang=en&tangga=LEGAL&q={q}", awalan).with(staf))
        .hasStatusOk()
        .bodyText()
        .contains("Level-up rung", "Legal (next: certified)", awalan + " LEGAL");
  }

  @Test
  void theExportFiltersOnTheRungToo() {
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/ekspor?format=csv&tangga=PEMBUKUAN&q=" + awalan)
                .with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(awalan + " PEMBUKUAN")
        .doesNotContain(awalan + " PEMBIAYAAN", awalan + " DIGITAL");
  }

  @Test
  void outsideTheScopeNoRungShowsTheBusinesses() {
    var lain = sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN_LAIN));
    for (String rung : usaha.keySet()) {
      MvcTestResult r =
          mvc.get().uri("/api/v1/umkm?q={q}&tangga={t}", awalan, rung).with(lain).exchange();
      assertThat(r).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    }
    var gerai = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(-1, UmkmFixture.SEKAYU));
    assertThat(mvc.get().uri("/umkm?q={q}&tangga=LEGAL", awalan).with(gerai))
        .hasStatusOk()
        .bodyText()
        .contains("Tidak ada usaha yang cocok dengan saringan ini.")
        .doesNotContain(awalan + " LEGAL");
  }

  @Test
  void anUnknownRungIsA400InTheCallersLanguage() {
    assertThat(mvc.get().uri("/api/v1/umkm?tangga=ATAS").with(PenggunaUji.stafKota()).exchange())
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Saringan anak tangga tidak dikenal: ATAS");
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm?tangga=ATAS")
                .header("Accept-Language", "en")
                .with(PenggunaUji.stafKota())
                .exchange())
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Unknown rung filter: ATAS");
  }

  private String api(String saring) {
    MvcTestResult r =
        mvc.get()
            .uri("/api/v1/umkm?ukuran=50&q=" + awalan + "&" + saring)
            .with(PenggunaUji.stafKota())
            .exchange();
    assertThat(r).hasStatusOk();
    return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  private void nib(long id) {
    jdbc.sql("UPDATE usaha SET nib = :nib WHERE id = :id")
        .param("nib", UmkmFixture.nibUnik())
        .param("id", id)
        .update();
  }

  private void saluran(long id, String saluran) {
    jdbc.sql("UPDATE usaha SET saluran_penjualan = :s WHERE id = :id")
        .param("s", saluran)
        .param("id", id)
        .update();
  }

  private void izin(long id, String jenis, LocalDate sampai) {
    jdbc.sql(
            "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, berlaku_sampai,"
                + " dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:u, :j, '123', :terbit, :sampai, 'uji', :kini, 0)")
        .param("u", id)
        .param("j", jenis)
        .param("terbit", LocalDate.now().minusYears(2))
        .param("sampai", sampai)
        .param("kini", OffsetDateTime.now())
        .update();
  }

  private void penanda(long id, boolean buku, boolean biaya) {
    jdbc.sql(
            "INSERT INTO tangga_usaha (usaha_id, pembukuan, pembiayaan_formal, diperbarui_pada)"
                + " VALUES (:u, :b, :p, :kini)")
        .param("u", id)
        .param("b", buku)
        .param("p", biaya)
        .param("kini", OffsetDateTime.now())
        .update();
  }

  private void tahun(long id, int tahun, int tenagaKerja) {
    jdbc.sql(
            "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, tenaga_kerja, sumber,"
                + " kelas_omzet, dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada)"
                + " VALUES (:u, :t, 1000, :tk, 'TERVERIFIKASI', 'MIKRO', 'PP_7_2021',"
                + " 'PP 7/2021 Pasal 35', 'uji', :kini)")
        .param("u", id)
        .param("t", tahun)
        .param("tk", tenagaKerja)
        .param("kini", OffsetDateTime.now())
        .update();
    jdbc.sql(AngkaTahunanPenyimpanan.KELAS_TERAKHIR).param("id", id).update();
  }
}

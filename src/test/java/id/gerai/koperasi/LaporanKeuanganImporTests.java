package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static id.gerai.koperasi.KesehatanUji.TANJUNG_MAS;
import static id.gerai.koperasi.LaporanKeuanganImporUji.api;
import static id.gerai.koperasi.LaporanKeuanganImporUji.baris;
import static id.gerai.koperasi.LaporanKeuanganImporUji.csv;
import static id.gerai.koperasi.LaporanKeuanganImporUji.jumlahJejak;
import static id.gerai.koperasi.LaporanKeuanganImporUji.jumlahLaporan;
import static id.gerai.koperasi.LaporanKeuanganImporUji.koperasi;
import static id.gerai.koperasi.LaporanKeuanganImporUji.nikBaru;
import static id.gerai.koperasi.LaporanKeuanganImporUji.sehat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Importing yearly financial statements through the API: a good file saved, verified, audited and
 * assessed; impossible rows reported by row and column in both languages with nothing written; a
 * second import changing nothing; a verified year refused and an unverified one replaced; the
 * importer's scope; who may import; CSV and XLSX.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LaporanKeuanganImporTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aGoodFileIsSavedVerifiedAuditedAndTheWorksheetComputesFromIt() throws Exception {
    String nik = nikBaru();
    long id = koperasi(jdbc, SEKAYU, nik);
    byte[] berkas = csv(List.of(baris(nik, 2024, sehat())));

    MvcTestResult pratinjau = api(mvc, berkas, "laporan.csv", true, stafKota());
    assertThat(pratinjau).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(pratinjau).bodyJson().extractingPath("$.disimpan").isEqualTo(false);
    assertThat(jumlahLaporan(jdbc, id)).isZero();

    MvcTestResult r = api(mvc, berkas, "laporan.csv", false, stafKota());
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(r).bodyJson().extractingPath("$.ditolak").isEqualTo(0);
    assertThat(r).bodyJson().extractingPath("$.disimpan").isEqualTo(true);
    assertThat(r).bodyJson().extractingPath("$.galat").asArray().isEmpty();

    var laporan =
        assertThat(mvc.get().uri("/api/v1/koperasi/{id}/keuangan/2024", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    laporan.extractingPath("$.statusVerifikasi").isEqualTo("TERVERIFIKASI");
    laporan.extractingPath("$.angka.total_aset").isEqualTo(1000.0);
    laporan.extractingPath("$.angka.kas_bank").isEqualTo(60.0);
    laporan.extractingPath("$.angka.ya_manajemen_umum").isEqualTo(12.0);
    // RubrikUji.sehatPenuh scores 100 by hand.
    var lembar =
        assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    lembar.extractingPath("$.totalSkor").isEqualTo(100.0);
    lembar.extractingPath("$.predikat").isEqualTo("SEHAT");
    assertThat(jumlahJejak(jdbc, id, 2024)).isEqualTo(1);
  }

  @Test
  void impossibleRowsAreReportedByRowAndColumnInBothLanguagesAndNothingIsWritten()
      throws Exception {
    String nik = nikBaru();
    long id = koperasi(jdbc, SEKAYU, nik);
    int tahunDepan = Year.now(ZoneId.of("Asia/Jakarta")).getValue() + 1;
    Map<String, BigDecimal> kasLebih = sehat();
    kasLebih.put("kas_bank", new BigDecimal("1001"));
    Map<String, BigDecimal> kuesioner = sehat();
    kuesioner.put("ya_kelembagaan", new BigDecimal("7"));
    Map<String, BigDecimal> negatif = sehat();
    negatif.put("simpanan_wajib", new BigDecimal("-5"));
    List<String> bukanAngka = baris(nik, 2021, sehat());
    bukanAngka.set(2, "seribu");
    byte[] berkas =
        csv(
            List.of(
                bukanAngka, // row 2
                baris(nik, 2022, kasLebih), // row 3
                baris(nik, 2023, kuesioner), // row 4
                baris(nik, 2020, negatif), // row 5
                baris(nik, 1989, sehat()), // row 6
                baris(nik, tahunDepan, sehat()), // row 7
                baris("9" + nik.substring(1, 15) + "0", 2024, sehat()))); // row 8

    MvcTestResult r = api(mvc, berkas, "laporan.csv", false, stafKota());
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.ditolak").isEqualTo(7);
    assertThat(r).bodyJson().extractingPath("$.diterima").isEqualTo(0);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].baris")
        .asArray()
        .containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kolom")
        .asArray()
        .containsExactly(
            "Total Aset",
            "Kas & Bank",
            "ya_kelembagaan",
            "Simpanan Wajib",
            "Tahun",
            "Tahun",
            "NIK Koperasi");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kode")
        .asArray()
        .containsExactly(
            "koperasi.kesehatan.galat.bukan-angka",
            "koperasi.kesehatan.galat.kas-melebihi-aset",
            "koperasi.kesehatan.galat.kuesioner",
            "koperasi.kesehatan.galat.negatif",
            "koperasi.keuangan.impor.tahun-di-luar",
            "koperasi.keuangan.impor.tahun-di-luar",
            "koperasi.keuangan.impor.koperasi-tidak-ditemukan");
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "Total aset: bukan angka",
            "Kas dan bank tidak boleh melebihi total aset",
            "isi bilangan bulat 0 sampai 6",
            "Tahun 1989 di luar rentang 1990",
            "Koperasi tidak ditemukan");
    assertThat(jumlahLaporan(jdbc, id)).isZero();

    MvcTestResult en = api(mvc, berkas, "laporan.csv", true, stafKota(), "en");
    assertThat(en.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Cooperative not found", "Year 1989 is outside 1990")
        .doesNotContain("Koperasi tidak ditemukan");
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
    String nik = nikBaru();
    long id = koperasi(jdbc, SEKAYU, nik);
    byte[] berkas = csv(List.of(baris(nik, 2023, sehat()), baris(nik, 2024, sehat())));
    assertThat(api(mvc, berkas, "l.csv", false, stafKota()))
        .bodyJson()
        .extractingPath("$.diterima")
        .isEqualTo(2);
    long versi = versi(id, 2024);

    MvcTestResult lagi = api(mvc, berkas, "l.csv", false, stafKota());
    assertThat(lagi).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(0);
    assertThat(lagi).bodyJson().extractingPath("$.sudahSama").isEqualTo(2);
    assertThat(lagi).bodyJson().extractingPath("$.ditolak").isEqualTo(0);
    assertThat(lagi)
        .bodyJson()
        .extractingPath("$.galat[*].kode")
        .asArray()
        .containsOnly("koperasi.keuangan.impor.sudah-sama");
    assertThat(versi(id, 2024)).isEqualTo(versi);
    assertThat(jumlahJejak(jdbc, id, 2024)).isEqualTo(1);
    assertThat(jumlahLaporan(jdbc, id)).isEqualTo(2);
  }

  @Test
  void aVerifiedYearIsRefusedAndAnUnverifiedOneIsReplacedAndVerified() throws Exception {
    String nik = nikBaru();
    long akun = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    long id = koperasi(jdbc, SEKAYU, nik);
    jdbc.sql("UPDATE koperasi SET akun_id = :a WHERE id = :id")
        .param("a", akun)
        .param("id", id)
        .update();
    put(id, 2022, sehat(), stafKota());
    put(id, 2023, sehat(), sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun)));
    assertThat(status(id, 2023)).isEqualTo("BELUM");
    Map<String, BigDecimal> lain = sehat();
    lain.put("kas_bank", new BigDecimal("50"));
    byte[] berkas = csv(List.of(baris(nik, 2022, lain), baris(nik, 2023, lain)));

    MvcTestResult r = api(mvc, berkas, "l.csv", false, stafKota());
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(r).bodyJson().extractingPath("$.diganti").isEqualTo(1);
    assertThat(r).bodyJson().extractingPath("$.ditolak").isEqualTo(1);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kode")
        .asArray()
        .containsExactly("koperasi.keuangan.impor.terverifikasi");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].baris")
        .asArray()
        .containsExactly(2);
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Laporan tahun 2022 sudah diverifikasi");
    assertThat(angka(id, 2022, "kas_bank")).isEqualByComparingTo("60");
    assertThat(angka(id, 2023, "kas_bank")).isEqualByComparingTo("50");
    assertThat(status(id, 2023)).isEqualTo("TERVERIFIKASI");
  }

  @Test
  void aRowForACooperativeOutsideTheScopeIsNotFoundAndRevealsNothing() throws Exception {
    String nikDalam = nikBaru();
    String nikLuar = nikBaru();
    long dalam = koperasi(jdbc, SEKAYU, nikDalam);
    long luar = koperasi(jdbc, TANJUNG_MAS, nikLuar);
    RequestPostProcessor stafKecamatan =
        sebagai(Peran.STAF_DINAS, Cakupan.wilayah(id.gerai.PenggunaUji.KECAMATAN));
    byte[] berkas = csv(List.of(baris(nikDalam, 2024, sehat()), baris(nikLuar, 2024, sehat())));

    MvcTestResult r = api(mvc, berkas, "l.csv", false, stafKecamatan);
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kode")
        .asArray()
        .containsExactly("koperasi.keuangan.impor.koperasi-tidak-ditemukan");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[0].pesan")
        .isEqualTo("Koperasi tidak ditemukan: " + nikLuar);
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain(KesehatanUji.nama(jdbc, luar));
    assertThat(jumlahLaporan(jdbc, luar)).isZero();
    assertThat(jumlahLaporan(jdbc, dalam)).isEqualTo(1);

    // By id too: the same words as for an id that does not exist.
    byte[] perId =
        ("ID Koperasi;Tahun;Total Aset\r\n"
                + luar
                + ";2024;1000\r\n"
                + "999999999999;2024;1000\r\n")
            .getBytes(StandardCharsets.UTF_8);
    MvcTestResult r2 = api(mvc, perId, "l.csv", true, stafKecamatan);
    assertThat(r2)
        .bodyJson()
        .extractingPath("$.galat[*].kode")
        .asArray()
        .containsExactly(
            "koperasi.keuangan.impor.koperasi-tidak-ditemukan",
            "koperasi.keuangan.impor.koperasi-tidak-ditemukan");
    assertThat(r2)
        .bodyJson()
        .extractingPath("$.galat[*].pesan")
        .asArray()
        .containsExactly(
            "Koperasi tidak ditemukan: " + luar, "Koperasi tidak ditemukan: 999999999999");
  }

  @Test
  void onlyDinkopStaffMayImport() throws Exception {
    byte[] berkas = csv(List.of(baris(nikBaru(), 2024, sehat())));
    for (RequestPostProcessor siapa :
        List.of(
            sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(1L, id.gerai.PenggunaUji.KECAMATAN)),
            sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(1L)),
            sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74")),
            sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(1L)))) {
      assertThat(api(mvc, berkas, "l.csv", true, siapa)).hasStatus(HttpStatus.FORBIDDEN);
      assertThat(mvc.get().uri("/koperasi/keuangan/impor").with(siapa))
          .hasStatus(HttpStatus.FORBIDDEN);
      assertThat(mvc.get().uri("/koperasi/keuangan/impor/templat.csv").with(siapa))
          .hasStatus(HttpStatus.FORBIDDEN);
    }
    assertThat(
            api(mvc, berkas, "l.csv", true, sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74"))))
        .hasStatusOk();
  }

  @Test
  void aWorkbookWithNumberCellsKeepsEveryDigitOfLargeAmounts() throws Exception {
    long id = koperasi(jdbc, SEKAYU, nikBaru());
    // A billion times the sound year: total assets Rp 1,000,000,000,000 (over 1E11).
    Map<String, BigDecimal> besar = new java.util.HashMap<>();
    sehat()
        .forEach(
            (k, v) ->
                besar.put(
                    k, k.startsWith("ya_") ? v : v.multiply(BigDecimal.valueOf(1_000_000_000L))));
    besar.put("kas_bank", new BigDecimal("60000000123.45"));
    byte[] berkas = LaporanKeuanganImporUji.xlsx(id, 2024, besar);

    MvcTestResult r = api(mvc, berkas, "laporan.xlsx", false, stafKota());
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(angka(id, 2024, "total_aset")).isEqualByComparingTo("1000000000000");
    assertThat(angka(id, 2024, "kas_bank")).isEqualByComparingTo("60000000123.45");
    assertThat(angka(id, 2024, "ya_aktiva")).isEqualByComparingTo("10");
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.predikat")
        .isEqualTo("SEHAT");
  }

  @Test
  void theCsvTemplateWithTheCooperativesNumberImportsAsIs() throws Exception {
    String nik = nikBaru();
    long id = koperasi(jdbc, SEKAYU, nik);
    MvcTestResult templat =
        mvc.get().uri("/koperasi/keuangan/impor/templat.csv").with(stafKota()).exchange();
    assertThat(templat).hasStatusOk();
    String teks = templat.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(teks)
        .startsWith("\uFEFFID Koperasi;Nomor Induk Koperasi;Nomor Badan Hukum;Nama Koperasi;")
        .contains("Total Aset", "Manajemen Likuiditas (Ya)");
    byte[] berkas = teks.replace("3374010010001234", nik).getBytes(StandardCharsets.UTF_8);
    MvcTestResult r = api(mvc, berkas, "templat.csv", false, stafKota());
    assertThat(r).hasStatusOk().bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(angka(id, 2024, "total_aset")).isEqualByComparingTo("1000000000");
    assertThat(mvc.get().uri("/koperasi/keuangan/impor/templat.xlsx").with(stafKota()).exchange())
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void aFileWithoutTheYearOrACooperativeColumnIsRefusedAsAWhole() throws Exception {
    byte[] tanpaTahun = "NIK Koperasi;Total Aset\r\n1234;1000\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(api(mvc, tanpaTahun, "l.csv", true, stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Tahun Buku");
    byte[] tanpaKoperasi = "Tahun;Total Aset\r\n2024;1000\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(api(mvc, tanpaKoperasi, "l.csv", true, stafKota(), "en"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("No column names the cooperative");
    byte[] kolomAsing =
        "NIK Koperasi;Tahun;Total Aset;Laba Ajaib\r\n1234;2024;1000;5\r\n"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(api(mvc, kolomAsing, "l.csv", true, stafKota()))
        .bodyJson()
        .extractingPath("$.galat[0]")
        .satisfies(
            g ->
                assertThat(g.toString())
                    .contains("Laba Ajaib", "koperasi.keuangan.impor.kolom-diabaikan"));
  }

  private void put(long id, int tahun, Map<String, BigDecimal> angka, RequestPostProcessor siapa) {
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
                .with(siapa)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(KesehatanUji.json(angka)))
        .hasStatusOk();
  }

  private String status(long id, int tahun) {
    return jdbc.sql(
            "SELECT status_verifikasi FROM laporan_keuangan WHERE koperasi_id = :id AND tahun = :t")
        .param("id", id)
        .param("t", tahun)
        .query(String.class)
        .single();
  }

  private long versi(long id, int tahun) {
    return jdbc.sql("SELECT versi FROM laporan_keuangan WHERE koperasi_id = :id AND tahun = :t")
        .param("id", id)
        .param("t", tahun)
        .query(Long.class)
        .single();
  }

  private BigDecimal angka(long id, int tahun, String pos) {
    return jdbc.sql(
            "SELECT " + pos + " FROM laporan_keuangan WHERE koperasi_id = :id AND tahun = :t")
        .param("id", id)
        .param("t", tahun)
        .query(BigDecimal.class)
        .single();
  }
}

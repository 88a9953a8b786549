package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exports of the register list: CSV and Excel content, masking by role, scope, filters, the audit
 * trail, and refusals. Three businesses under a unique name prefix: one in Sekayu through a gerai
 * (with a yearly figure), one in Purwodinatan (unverified, its name needing CSV quoting), one in
 * Tanjung Mas (another kecamatan).
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmEksporTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  String awalan;
  String nikSekayu;
  String nikBudi;
  long gerai;

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    awalan = UmkmFixture.unik("Ekspor");
    nikSekayu = UmkmFixture.nikUnik();
    gerai = 880000L + (long) (Math.random() * 10000);
    long p1 =
        data.pelaku(awalan + " Bu Sri", nikSekayu, "+6281234567890", UmkmFixture.SEKAYU, null);
    long u1 =
        data.usaha(p1, awalan + " Lumpia", UmkmFixture.SEKAYU, gerai, "10794", "TERVERIFIKASI");
    kelas(u1, 2023, "KECIL");
    kelas(u1, 2024, "MIKRO");
    nikBudi = UmkmFixture.nikUnik();
    long p2 = data.pelaku(awalan + " Pak Budi", nikBudi, null, UmkmFixture.PURWODINATAN, null);
    data.usaha(p2, awalan + " Wingko; \"Babat\"", UmkmFixture.PURWODINATAN, null, "47111", "BELUM");
    long p3 =
        data.pelaku(
            awalan + " Bu Tini", UmkmFixture.nikUnik(), null, UmkmFixture.TANJUNG_MAS, null);
    data.usaha(p3, awalan + " Bandeng", UmkmFixture.TANJUNG_MAS, null, "10213", "TERVERIFIKASI");
  }

  @Test
  void csvHasBomSemicolonsHeaderAndClearPersonalDataForStaff() {
    MvcTestResult r = unduh("/umkm/ekspor.csv", PenggunaUji.stafKota(), "");
    assertThat(r).hasStatusOk();
    assertThat(r.getResponse().getContentType()).startsWith("text/csv");
    assertThat(r.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .matches(".*filename=\"umkm-\\d{4}-\\d{2}-\\d{2}\\.csv\".*");
    byte[] isi = r.getResponse().getContentAsByteArray();
    assertThat(isi).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    List<String> baris = baris(isi);
    assertThat(baris.get(0))
        .isEqualTo(
            "Nama Usaha;Nama Pemilik;NIK;No HP;NIB;KBLI;Kode Kelurahan;Kelurahan;ID Gerai;Status;"
                + "Verifikasi;Kelas Usaha (Omzet);Tahun Kelas");
    assertThat(baris).hasSize(4);
    assertThat(baris.get(3))
        .isEqualTo(
            "\""
                + awalan
                + " Wingko; \"\"Babat\"\"\";"
                + awalan
                + " Pak Budi;"
                + nikBudi
                + ";;;47111;33.74.01.1011;Purwodinatan;;AKTIF;BELUM;;");
    assertThat(baris)
        .contains(
            awalan
                + " Lumpia;"
                + awalan
                + " Bu Sri;"
                + nikSekayu
                + ";+6281234567890;;10794;"
                + "33.74.01.1007;Sekayu;"
                + gerai
                + ";AKTIF;TERVERIFIKASI;MIKRO;2024");
  }

  @Test
  void aGeraiOfficerGetsNikAndPhoneMasked() {
    RequestPostProcessor petugas =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU));
    MvcTestResult r = unduh("/umkm/ekspor.csv", petugas, "");
    assertThat(r).hasStatusOk();
    String teks = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(teks)
        .doesNotContain(nikSekayu)
        .doesNotContain("+6281234567890")
        .contains(Nik.samarkan(nikSekayu))
        .contains(Telepon.samarkan("+6281234567890"))
        .contains(awalan + " Lumpia")
        .doesNotContain("Wingko");
    assertThat(sesudahJejakTerakhir())
        .contains("\"jumlahBaris\":1")
        .contains("\"dataPribadiTerbuka\":false");
  }

  @Test
  void xlsxOpensWithPoiAndHoldsTheRows() throws Exception {
    MvcTestResult r = unduh("/umkm/ekspor.xlsx", PenggunaUji.adminKota(), "");
    assertThat(r).hasStatusOk();
    assertThat(r.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
    try (XSSFWorkbook buku =
        new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
      Sheet lembar = buku.getSheetAt(0);
      assertThat(lembar.getLastRowNum()).isEqualTo(3);
      assertThat(lembar.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama Usaha");
      Row lumpia = lembar.getRow(2);
      assertThat(lumpia.getCell(0).getStringCellValue()).isEqualTo(awalan + " Lumpia");
      assertThat(lumpia.getCell(2).getStringCellValue()).isEqualTo(nikSekayu);
      assertThat(lumpia.getCell(11).getStringCellValue()).isEqualTo("MIKRO");
      assertThat(lumpia.getCell(12).getNumericCellValue()).isEqualTo(2024.0);
    }
  }

  @Test
  void aKecamatanUsersApiExportNeverHoldsAnotherKecamatan() {
    RequestPostProcessor pendamping = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));
    MvcTestResult r = unduh("/api/v1/umkm/ekspor", pendamping, "&format=csv");
    assertThat(r).hasStatusOk();
    String teks = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(teks).contains("Lumpia").contains("Wingko").doesNotContain("Bandeng");
    assertThat(teks).doesNotContain(nikSekayu);
  }

  @Test
  void aBusinessActorAndAForumOfficerAreRefused() {
    RequestPostProcessor pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(12345L));
    RequestPostProcessor forum = sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74.01"));
    assertThat(unduh("/umkm/ekspor.csv", pelaku, "")).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(unduh("/api/v1/umkm/ekspor", pelaku, "&format=xlsx"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(unduh("/umkm/ekspor.xlsx", forum, "")).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(jumlahJejak()).isZero();
  }

  @Test
  void filtersApplyAsOnTheList() {
    MvcTestResult r =
        unduh("/api/v1/umkm/ekspor", PenggunaUji.stafKota(), "&format=csv&verifikasi=BELUM");
    String teks = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(teks).contains("Wingko").doesNotContain("Lumpia").doesNotContain("Bandeng");
    MvcTestResult k =
        unduh("/umkm/ekspor.csv", PenggunaUji.stafKota(), "&kecamatan=33.74.02&kbli=102");
    String bandeng = new String(k.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(bandeng).contains("Bandeng").doesNotContain("Wingko").doesNotContain("Lumpia");
  }

  @Test
  void everyExportIsInTheTrailWithFiltersFormatAndRowCount() {
    unduh("/umkm/ekspor.xlsx", PenggunaUji.stafKota(), "");
    assertThat(jumlahJejak()).isEqualTo(1);
    assertThat(sesudahJejakTerakhir())
        .contains(awalan)
        .contains("\"format\":\"XLSX\"")
        .contains("\"jumlahBaris\":3")
        .contains("\"dataPribadiTerbuka\":true");
  }

  @Test
  void malformedFiltersAndFormatsAre400AndNotInTheTrail() {
    assertThat(unduh("/umkm/ekspor.csv", PenggunaUji.stafKota(), "&kbli=abc"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(unduh("/api/v1/umkm/ekspor", PenggunaUji.stafKota(), "&kbli=abc"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(unduh("/api/v1/umkm/ekspor", PenggunaUji.stafKota(), "&format=pdf"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(unduh("/umkm/ekspor.csv", PenggunaUji.stafKota(), "&verifikasi=MUNGKIN"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(unduh("/umkm/ekspor.csv", PenggunaUji.stafKota(), "&kecamatan=xx"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(jumlahJejak()).isZero();
  }

  @Test
  void theListPageLinksToBothDownloadsWithItsFilters() {
    MvcTestResult r =
        mvc.get()
            .uri("/umkm?q={q}&verifikasi=BELUM", awalan)
            .with(PenggunaUji.stafKota())
            .exchange();
    assertThat(r).hasStatusOk();
    assertThat(r.getResponse().getContentAsByteArray()).isNotEmpty();
    String html = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(html).contains("/umkm/ekspor.csv?q=").contains("/umkm/ekspor.xlsx?q=");
    assertThat(html).containsPattern("ekspor\\.csv\\?q=[^\"]*verifikasi=BELUM");
  }

  private MvcTestResult unduh(String jalan, RequestPostProcessor siapa, String tambahan) {
    return mvc.get()
        .uri(jalan + "?q={q}" + tambahan, awalan)
        .header("Accept-Language", "id")
        .with(siapa)
        .exchange();
  }

  private static List<String> baris(byte[] isi) {
    String teks = new String(isi, 3, isi.length - 3, StandardCharsets.UTF_8);
    assertThat(teks).endsWith("\r\n");
    return List.of(teks.split("\r\n"));
  }

  private long jumlahJejak() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE aksi = 'EKSPOR' AND jenis_rekaman = 'umkm'"
                + " AND sesudah LIKE :a")
        .param("a", "%" + awalan + "%")
        .query(Long.class)
        .single();
  }

  private String sesudahJejakTerakhir() {
    return jdbc.sql(
            "SELECT sesudah FROM jejak_audit WHERE aksi = 'EKSPOR' AND sesudah LIKE :a"
                + " ORDER BY id DESC LIMIT 1")
        .param("a", "%" + awalan + "%")
        .query(String.class)
        .single();
  }

  private void kelas(long usaha, int tahun, String kelas) {
    jdbc.sql(
            "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, sumber, kelas_omzet,"
                + " dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada) VALUES (:u, :t,"
                + " 1000000, 'MANDIRI', :k, 'PP_7_2021', 'PP 7/2021', 'uji', :kini)")
        .param("u", usaha)
        .param("t", tahun)
        .param("k", kelas)
        .param("kini", Timestamp.from(Instant.now()))
        .update();
    jdbc.sql(AngkaTahunanPenyimpanan.KELAS_TERAKHIR).param("id", usaha).update();
  }
}

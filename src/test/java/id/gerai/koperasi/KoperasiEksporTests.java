package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The list's export: the list's filters, CSV for Excel, XLSX, roles, bad filters, the trail. */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiEksporTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void csvAndXlsxCarryTheFilteredListAndLeaveATrail() throws Exception {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    String awalan = KoperasiFixture.unik("Ekspor");
    data.koperasi(awalan + " primer", KoperasiFixture.SEKAYU, null, null, BentukKoperasi.PRIMER);
    data.koperasi(
        "=" + awalan + " sekunder", KoperasiFixture.SEKAYU, null, null, BentukKoperasi.SEKUNDER);
    long sebelum = jumlahJejak();
    byte[] csv =
        mvc.get()
            .uri("/koperasi/ekspor.csv?q={q}", awalan)
            .with(stafKota())
            .exchange()
            .getResponse()
            .getContentAsByteArray();
    String teks = new String(csv, StandardCharsets.UTF_8);
    assertThat(teks).startsWith("\uFEFFID;Nama koperasi;");
    assertThat(teks).contains(awalan + " primer;", "'=" + awalan + " sekunder", "Simpan pinjam");
    assertThat(teks.split("\r\n")).hasSize(3);
    assertThat(
            mvc.get()
                .uri("/api/v1/koperasi/ekspor.csv?q={q}&bentuk=SEKUNDER", awalan)
                .with(stafKota())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\r\n"))
        .hasSize(2);
    byte[] xlsx =
        mvc.get()
            .uri("/koperasi/ekspor.xlsx?q={q}&lang=en", awalan)
            .with(stafKota())
            .exchange()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet lembar = buku.getSheetAt(0);
      assertThat(lembar.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Cooperative name");
      assertThat(lembar.getLastRowNum()).isEqualTo(2);
    }
    assertThat(jumlahJejak()).isEqualTo(sebelum + 3);
  }

  @Test
  void aCooperativeOfficerMayNotExportAndABadFilterIsA400() {
    assertThat(
            mvc.get()
                .uri("/koperasi/ekspor.csv")
                .with(sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(5))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/koperasi/ekspor.csv?kecamatan=bukan-kode").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/koperasi/ekspor?format=pdf").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("pdf");
    assertThat(mvc.get().uri("/api/v1/koperasi/ekspor?format=xlsx").with(stafKota()))
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private long jumlahJejak() {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE aksi = 'EKSPOR'"
                + " AND jenis_rekaman = 'koperasi_ekspor'")
        .query(Long.class)
        .single();
  }
}

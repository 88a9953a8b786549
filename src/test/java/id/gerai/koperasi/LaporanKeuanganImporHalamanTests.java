package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static id.gerai.koperasi.LaporanKeuanganImporUji.baris;
import static id.gerai.koperasi.LaporanKeuanganImporUji.csv;
import static id.gerai.koperasi.LaporanKeuanganImporUji.jumlahLaporan;
import static id.gerai.koperasi.LaporanKeuanganImporUji.koperasi;
import static id.gerai.koperasi.LaporanKeuanganImporUji.nikBaru;
import static id.gerai.koperasi.LaporanKeuanganImporUji.sehat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The statements import page: reached from the cooperative list, previews row and column problems
 * without writing, saves, and answers the rejected rows with an error column.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LaporanKeuanganImporHalamanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theListLinksToThePageAndThePageShowsTheTemplates() {
    assertThat(mvc.get().uri("/koperasi").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/koperasi/keuangan/impor", "Impor laporan keuangan");
    assertThat(mvc.get().uri("/koperasi/keuangan/impor?lang=en").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Import cooperative financial statements",
            "/koperasi/keuangan/impor/templat.csv",
            "/koperasi/keuangan/impor/templat.xlsx");
  }

  @Test
  void previewSaveAndRejectedRows() throws Exception {
    String nik = nikBaru();
    long id = koperasi(jdbc, SEKAYU, nik);
    Map<String, BigDecimal> buruk = sehat();
    buruk.put("biaya_karyawan", new BigDecimal("31"));
    byte[] berkas = csv(List.of(baris(nik, 2024, sehat()), baris(nik, 2023, buruk)));

    MvcTestResult pratinjau = kirim("/koperasi/keuangan/impor", berkas, "pratinjau");
    assertThat(pratinjau)
        .hasStatusOk()
        .bodyText()
        .contains(
            "Pratinjau: belum ada yang disimpan.",
            "Biaya Karyawan",
            "Biaya karyawan tidak boleh melebihi beban usaha");
    assertThat(jumlahLaporan(jdbc, id)).isZero();

    MvcTestResult tolakan = kirim("/koperasi/keuangan/impor/tolakan.csv", berkas, null);
    assertThat(tolakan).hasStatusOk();
    String csv = tolakan.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv)
        .startsWith("\uFEFFNIK Koperasi;Tahun;")
        .contains(";2023;", ";Galat\r\n", "Biaya Karyawan: Biaya karyawan tidak boleh melebihi")
        .doesNotContain(";2024;");

    MvcTestResult simpan = kirim("/koperasi/keuangan/impor", berkas, "simpan");
    assertThat(simpan).hasStatusOk().bodyText().contains("Tersimpan");
    assertThat(jumlahLaporan(jdbc, id)).isEqualTo(1);
  }

  @Test
  void aFileTheImportCannotUseAnswersAClearMessageNotAnError() {
    byte[] tanpaTahun = "NIK Koperasi;Total Aset\r\n1;1000\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(kirim("/koperasi/keuangan/impor", tanpaTahun, "pratinjau"))
        .hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Kolom wajib tidak ada: Tahun Buku");
    byte[] rusak = {'P', 'K', 3, 4, 0, 0};
    var r =
        mvc.post()
            .uri("/koperasi/keuangan/impor")
            .multipart()
            .file(new MockMultipartFile("file", "laporan.xlsx", "application/octet-stream", rusak))
            .param("aksi", "pratinjau")
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(r).hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
  }

  private MvcTestResult kirim(String uri, byte[] isi, String aksi) {
    var r =
        mvc.post()
            .uri(uri)
            .multipart()
            .file(new MockMultipartFile("file", "laporan.csv", "text/csv", isi))
            .with(stafKota())
            .with(csrf());
    if (aksi != null) {
      r = r.param("aksi", aksi);
    }
    return r.exchange();
  }
}

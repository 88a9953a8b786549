package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Importing the cooperative register: a messy file reported by row and column in both languages,
 * nothing written on preview, the valid rows saved together, a second import changing nothing, CSV
 * (semicolon, Windows-1252) and XLSX, the importer's scope, and who may import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiImporTests {

  private static final String KEPALA =
      "Nama Koperasi;No. Badan Hukum;Tgl Badan Hukum;NIK Koperasi;Jenis;Kelompok;Bentuk;Alamat;"
          + "Kelurahan;Kecamatan;Status;Tanggal Berdiri;Label";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  private final String u = UUID.randomUUID().toString().substring(0, 8);

  private byte[] berantakan() {
    String teks =
        String.join(
            "\r\n",
            KEPALA,
            "KSP Baik A "
                + u
                + ";;15/03/2021;;Simpan Pinjam;KSP;Primer;Jl. Café 1;Sekayu;;Aktif;;Merah Putih",
            "Kop Baik B " + u + ";;;;Konsumen;lainnya;;;33.74.01.1011;;Tidak Aktif;2019-01-02;",
            "Kop Buruk C " + u + ";;;;Jasa;LAINNYA;;;Antah Berantah;;;;",
            "Kop Buruk D " + u + ";;;;Perbankan;LAINNYA;;;Sekayu;;;;",
            "Kop Buruk E " + u + ";;45/13/2021;;Jasa;LAINNYA;;;Sekayu;;;;",
            "Kop Buruk F " + u + ";;;;Jasa;LAINNYA;;;Mangunharjo;;;;",
            "");
    return teks.getBytes(Charset.forName("windows-1252"));
  }

  private MvcTestResult api(
      byte[] isi, String nama, boolean pratinjau, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/koperasi/impor")
        .multipart()
        .file(new MockMultipartFile("file", nama, "text/csv", isi))
        .param("pratinjau", String.valueOf(pratinjau))
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private long tercatat() {
    return jdbc.sql("SELECT COUNT(*) FROM koperasi WHERE nama LIKE :n")
        .param("n", "%" + u)
        .query(Long.class)
        .single();
  }

  @Test
  void pratinjauMelaporkanSetiapBarisDanKolomTanpaMenulis() throws Exception {
    MvcTestResult r = api(berantakan(), "kop.csv", true, stafKota());
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.dibaca").isEqualTo(6);
    assertThat(r).bodyJson().extractingPath("$.diterima").isEqualTo(2);
    assertThat(r).bodyJson().extractingPath("$.ditolak").isEqualTo(4);
    assertThat(r).bodyJson().extractingPath("$.disimpan").isEqualTo(false);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].baris")
        .asArray()
        .containsExactly(4, 5, 6, 7);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kolom")
        .asArray()
        .containsExactly("Kelurahan", "Jenis", "Tgl Badan Hukum", "Kelurahan");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[?(@.peringatan == false)].kode")
        .asArray()
        .containsExactly(
            "koperasi.impor.kelurahan-tidak-ada",
            "koperasi.impor.pilihan-tidak-dikenal",
            "koperasi.impor.tanggal-salah",
            "koperasi.impor.kelurahan-ganda");
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Kelurahan tidak ditemukan", "Mangunharjo (Tembalang) / Mangunharjo (Tugu)");
    assertThat(tercatat()).isZero();

    MvcTestResult en =
        mvc.post()
            .uri("/api/v1/koperasi/impor")
            .multipart()
            .file(new MockMultipartFile("file", "kop.csv", "text/csv", berantakan()))
            .param("pratinjau", "true")
            .header("Accept-Language", "en")
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(en.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Kelurahan not found", "Unknown choice", "Unreadable date", "more than one");
  }

  @Test
  void halamanPratinjauMenampilkanBarisDanKolom() throws Exception {
    MvcTestResult r =
        mvc.post()
            .uri("/koperasi/impor")
            .multipart()
            .file(new MockMultipartFile("file", "kop.csv", "text/csv", berantakan()))
            .param("aksi", "pratinjau")
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(r).hasStatusOk().bodyText().contains("Tgl Badan Hukum", "Pilihan tidak dikenal");
    assertThat(tercatat()).isZero();
    MvcTestResult tolakan =
        mvc.post()
            .uri("/koperasi/impor/tolakan.csv")
            .multipart()
            .file(new MockMultipartFile("file", "kop.csv", "text/csv", berantakan()))
            .with(stafKota())
            .with(csrf())
            .exchange();
    String csv = tolakan.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Kop Buruk C " + u, "Kop Buruk F " + u, "Galat")
        .doesNotContain("KSP Baik A");
    assertThat(mvc.get().uri("/koperasi").with(stafKota()))
        .bodyText()
        .contains("Impor dari CSV/Excel");
  }

  @Test
  void simpanMenulisBarisSahSekaliDanImporUlangTidakMengubahApaPun() {
    MvcTestResult r = api(berantakan(), "kop.csv", false, stafKota());
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.diterima").isEqualTo(2);
    assertThat(r).bodyJson().extractingPath("$.disimpan").isEqualTo(true);
    assertThat(tercatat()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT status FROM koperasi WHERE nama = :n")
                .param("n", "Kop Baik B " + u)
                .query(String.class)
                .single())
        .isEqualTo("TIDAK_AKTIF");
    assertThat(
            jdbc.sql("SELECT alamat FROM koperasi WHERE nama = :n")
                .param("n", "KSP Baik A " + u)
                .query(String.class)
                .single())
        .isEqualTo("Jl. Café 1");

    MvcTestResult lagi = api(berantakan(), "kop.csv", false, stafKota());
    assertThat(lagi).bodyJson().extractingPath("$.diterima").isEqualTo(0);
    assertThat(lagi).bodyJson().extractingPath("$.sudahAda").isEqualTo(2);
    assertThat(tercatat()).isEqualTo(2);
  }

  @Test
  void xlsxDibacaDanDisimpan() throws Exception {
    byte[] isi;
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var s = wb.createSheet();
      List<List<String>> baris =
          List.of(
              List.of("Nama", "Jenis Koperasi", "Kelompok", "Kelurahan", "Kecamatan"),
              List.of("Kop Xlsx " + u, "Produsen", "LAINNYA", "Mangunharjo", "Tugu"));
      for (int i = 0; i < baris.size(); i++) {
        var row = s.createRow(i);
        for (int c = 0; c < baris.get(i).size(); c++) {
          row.createCell(c).setCellValue(baris.get(i).get(c));
        }
      }
      wb.write(out);
      isi = out.toByteArray();
    }
    MvcTestResult r = api(isi, "kop.xlsx", false, stafKota());
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT kode_wilayah FROM koperasi WHERE nama = :n")
                .param("n", "Kop Xlsx " + u)
                .query(String.class)
                .single())
        .isEqualTo("33.74.16.1007");
  }

  @Test
  void barisDiKecamatanLainDitolakUntukStafKecamatan() {
    String teks =
        String.join(
            "\n",
            "Nama Koperasi,Jenis,Kelompok,Kelurahan",
            "Kop Dalam " + u + ",Jasa,LAINNYA," + KoperasiFixture.SEKAYU,
            "Kop Luar " + u + ",Jasa,LAINNYA," + KoperasiFixture.TANJUNG_MAS);
    MvcTestResult r =
        api(
            teks.getBytes(StandardCharsets.UTF_8),
            "kop.csv",
            false,
            sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN)));
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.diterima").isEqualTo(1);
    assertThat(r).bodyJson().extractingPath("$.galat[0].baris").isEqualTo(3);
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[0].kode")
        .isEqualTo("koperasi.impor.di-luar-cakupan");
    assertThat(tercatat()).isEqualTo(1);
  }

  @Test
  void pengurusGeraiTidakBolehMengimpor() {
    MvcTestResult r =
        api(
            berantakan(),
            "kop.csv",
            true,
            sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(1L, PenggunaUji.KELURAHAN)));
    assertThat(r).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.get()
                .uri("/koperasi/impor")
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(1L, PenggunaUji.KELURAHAN))))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void templatBisaDiunduh() {
    assertThat(mvc.get().uri("/koperasi/impor/templat.csv").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Nama Koperasi;Nomor Badan Hukum");
    assertThat(mvc.get().uri("/koperasi/impor/templat.xlsx").with(stafKota())).hasStatusOk();
  }
}

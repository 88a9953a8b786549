package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class ImporWebTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void apiPratinjauMengembalikanLaporanJsonTanpaMenulis() throws IOException {
    ImporUji f = new ImporUji();
    MvcTestResult r = api(f.csv(), "dinkop.csv", true);
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.dibaca").isEqualTo(7);
    assertThat(r).bodyJson().extractingPath("$.sah").isEqualTo(3);
    assertThat(r).bodyJson().extractingPath("$.ditolak").isEqualTo(4);
    assertThat(r).bodyJson().extractingPath("$.galat[0].baris").isEqualTo(4);
    assertThat(r).bodyJson().extractingPath("$.galat[0].kolom").isEqualTo("NIK");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.galat[2].pesan")
        .asString()
        .contains("Mangunharjo (Tugu)");
    assertThat(f.jumlahUsaha(jdbc)).isZero();
  }

  @Test
  void apiTanpaPratinjauMenyimpanBarisYangSah() throws IOException {
    ImporUji f = new ImporUji();
    MvcTestResult r = api(f.xlsx(), "dinkop.xlsx", false);
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.ditambahkan").isEqualTo(3);
    assertThat(f.jumlahUsaha(jdbc)).isEqualTo(3);
  }

  @Test
  void apiMenolakBerkasRusakDenganPesan() throws IOException {
    MvcTestResult r = api("bukan zip".getBytes(StandardCharsets.UTF_8), "data.xlsx", true);
    assertThat(r).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("tidak dapat dibaca");
  }

  @Test
  void pendampingTidakBolehMengimpor() throws IOException {
    MvcTestResult r =
        mvc.post()
            .uri("/api/v1/umkm/impor")
            .multipart()
            .file(new MockMultipartFile("file", "d.csv", "text/csv", new ImporUji().csv()))
            .param("pratinjau", "true")
            .with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74")))
            .with(csrf())
            .exchange();
    assertThat(r).hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void halamanPratinjauLaluSimpanLaluUnduhTolakan() throws Exception {
    ImporUji f = new ImporUji();
    assertThat(mvc.get().uri("/umkm/impor").with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("templat.csv");

    MvcTestResult pratinjau =
        mvc.post()
            .uri("/umkm/impor")
            .multipart()
            .file(new MockMultipartFile("file", "dinkop.csv", "text/csv", f.csv()))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(pratinjau)
        .hasStatusOk()
        .bodyText()
        .contains("Simpan baris yang sah", "Omset per Tahun");
    assertThat(f.jumlahUsaha(jdbc)).isZero();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
            .matcher(pratinjau.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    String token = m.group(1);
    jakarta.servlet.http.Cookie kue = pratinjau.getResponse().getCookie("SESSION");

    assertThat(
            mvc.post()
                .uri("/umkm/impor/simpan")
                .param("token", token)
                .cookie(kue)
                .with(PenggunaUji.stafKota())
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("tolakan.csv");
    assertThat(f.jumlahUsaha(jdbc)).isEqualTo(3);

    MvcTestResult tolakan =
        mvc.get()
            .uri("/umkm/impor/tolakan.csv")
            .cookie(kue)
            .with(PenggunaUji.stafKota())
            .exchange();
    assertThat(tolakan).hasStatusOk();
    String csv = tolakan.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains(";Galat", "NIK Salah " + f.u, "Uang Salah " + f.u)
        .doesNotContain("Warung Sekayu");

    assertThat(
            mvc.post()
                .uri("/umkm/impor/simpan")
                .param("token", token)
                .cookie(kue)
                .with(PenggunaUji.stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void halamanDalamBahasaInggris() throws IOException {
    MvcTestResult r =
        mvc.post()
            .uri("/umkm/impor?lang=en")
            .multipart()
            .file(new MockMultipartFile("file", "dinkop.csv", "text/csv", new ImporUji().csv()))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(r).hasStatusOk().bodyText().contains("Save the valid rows", "Did you mean");
  }

  @Test
  void templatCsvBerisiKolomYangDikenali() throws IOException {
    MvcTestResult r =
        mvc.get().uri("/umkm/impor/templat.csv").with(PenggunaUji.stafKota()).exchange();
    assertThat(r).hasStatusOk();
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Nama Usaha;Nama Pemilik;NIK;No HP");
  }

  @Test
  void templatXlsxDapatDiimporKembali() throws Exception {
    MvcTestResult r =
        mvc.get().uri("/umkm/impor/templat.xlsx").with(PenggunaUji.stafKota()).exchange();
    assertThat(r).hasStatusOk();
    MvcTestResult laporan = api(r.getResponse().getContentAsByteArray(), "templat.xlsx", true);
    assertThat(laporan).bodyJson().extractingPath("$.sah").isEqualTo(1);
    assertThat(laporan).bodyJson().extractingPath("$.ditolak").isEqualTo(0);
  }

  @Test
  void halamanMenampilkanPesanUntukBerkasRusak() {
    MvcTestResult r =
        mvc.post()
            .uri("/umkm/impor")
            .multipart()
            .file(
                new MockMultipartFile(
                    "file", "data.xlsx", "application/octet-stream", "PK bukan".getBytes()))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(r).hasStatusOk().bodyText().contains("Berkas tidak dapat dibaca");
  }

  private MvcTestResult api(byte[] isi, String nama, boolean pratinjau) {
    return mvc.post()
        .uri("/api/v1/umkm/impor")
        .multipart()
        .file(new MockMultipartFile("file", nama, "application/octet-stream", isi))
        .param("pratinjau", String.valueOf(pratinjau))
        .with(PenggunaUji.adminKota())
        .with(csrf())
        .exchange();
  }
}

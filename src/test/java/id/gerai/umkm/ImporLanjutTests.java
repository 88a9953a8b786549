package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The import's page and API beyond the plain path: a large file checked and saved in the background
 * with a polled progress bar (here every file counts as large), only for the user who started it;
 * the mapping step for unknown headers; duplicate warnings with the record matched. In both
 * languages where text is shown.
 */
@SpringBootTest(properties = "gerai.impor.baris-latar=2")
@AutoConfigureMockMvc
class ImporLanjutTests {

  private static final Pattern TUGAS = Pattern.compile("/umkm/impor/tugas/([0-9a-f-]{36})");

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void berkasBesarDiperiksaDanDisimpanDiLatarDenganKemajuan() throws Exception {
    ImporUji f = new ImporUji();
    MvcTestResult unggah = unggah(f.csv(), "");
    assertThat(unggah).hasStatus3xxRedirection();
    String id = tugas(unggah);
    Cookie kue = unggah.getResponse().getCookie("SESSION");

    MvcTestResult batang = tungguSelesai(id, kue, "");
    assertThat(batang).hasStatusOk().bodyText().contains("baris diproses", "<progress");
    assertThat(batang.getResponse().getHeader("HX-Redirect")).endsWith("/umkm/impor/tugas/" + id);
    assertThat(tungguSelesai(id, kue, "?lang=en")).bodyText().contains("rows processed");

    MvcTestResult pratinjau = halaman(id, kue);
    assertThat(pratinjau).hasStatusOk().bodyText().contains("Simpan baris yang sah");
    assertThat(f.jumlahUsaha(jdbc)).isZero();
    String token = token(pratinjau);

    MvcTestResult simpan =
        mvc.post()
            .uri("/umkm/impor/simpan")
            .param("token", token)
            .cookie(kue)
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(simpan).hasStatus3xxRedirection();
    String idSimpan = tugas(simpan);
    tungguSelesai(idSimpan, kue, "");
    assertThat(halaman(idSimpan, kue)).hasStatusOk().bodyText().contains("tolakan.csv");
    assertThat(f.jumlahUsaha(jdbc)).isEqualTo(3);
  }

  @Test
  void tugasOrangLainTidakDitemukan() throws Exception {
    MvcTestResult unggah = unggah(new ImporUji().csv(), "");
    String id = tugas(unggah);
    assertThat(
            mvc.get()
                .uri("/umkm/impor/tugas/" + id + "/kemajuan")
                .with(PenggunaUji.adminKota())
                .exchange())
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/umkm/impor/tugas/" + id).with(PenggunaUji.adminKota()).exchange())
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void kolomTakDikenalDipetakanLaluDiperiksaUlang() throws Exception {
    String u = UmkmFixture.unik("peta");
    String csv =
        "Nama Toko;Pemilik Usaha;Kelurahan;No HP\r\n"
            + "Warung Peta "
            + u
            + ";Sri "
            + u
            + ";Sekayu;081234567890\r\n";
    MvcTestResult r =
        mvc.post()
            .uri("/umkm/impor")
            .multipart()
            .file(new MockMultipartFile("file", "peta.csv", "text/csv", bytes(csv)))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(r)
        .hasStatusOk()
        .bodyText()
        .contains("Cocokkan kolom", "Nama Toko", "Pemilik Usaha", "<select", "NAMA_USAHA");
    Cookie kue = r.getResponse().getCookie("SESSION");
    String token = token(r);

    MvcTestResult dipetakan =
        mvc.post()
            .uri("/umkm/impor/peta")
            .param("token", token)
            .param("kepala", "Nama Toko", "Pemilik Usaha")
            .param("kolom", "NAMA_USAHA", "NAMA_PEMILIK")
            .cookie(kue)
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(dipetakan).hasStatusOk().bodyText().contains("Simpan baris yang sah");

    MvcTestResult en =
        mvc.post()
            .uri("/umkm/impor?lang=en")
            .multipart()
            .file(new MockMultipartFile("file", "peta.csv", "text/csv", bytes(csv)))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(en).hasStatusOk().bodyText().contains("Match columns", "(ignore this column)");
  }

  @Test
  void apiMenerimaPetaKolom() throws Exception {
    String u = UmkmFixture.unik("api-peta");
    byte[] csv =
        bytes("Nama Toko;Pemilik Usaha;Kelurahan\r\nKedai " + u + ";Rudi " + u + ";Sekayu\r\n");
    MvcTestResult tanpa = api(csv, true);
    assertThat(tanpa).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(tanpa.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Nama Usaha");

    MvcTestResult dengan = api(csv, true, "Nama Toko=NAMA_USAHA", "Pemilik Usaha=NAMA_PEMILIK");
    assertThat(dengan).hasStatusOk();
    assertThat(dengan).bodyJson().extractingPath("$.sah").isEqualTo(1);

    MvcTestResult salah = api(csv, true, "Nama Toko=BUKAN_KOLOM");
    assertThat(salah).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(salah.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("BUKAN_KOLOM");
  }

  @Test
  void usahaMiripDilaporkanSebagaiPeringatanDenganRekamannya() throws Exception {
    UmkmFixture fx = new UmkmFixture(jdbc);
    String u = UmkmFixture.unik("mirip");
    String nik = UmkmFixture.nikUnik();
    long pemilik = fx.pelaku("Siti " + u, nik, "+6281234500001", UmkmFixture.SEKAYU, null);
    long usaha =
        fx.usaha(pemilik, "Warung Soto " + u, UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    byte[] csv =
        bytes(
            "Nama Usaha;Nama Pemilik;NIK;Kelurahan\r\n"
                + "Soto "
                + u
                + ";Siti "
                + u
                + ";"
                + nik
                + ";Sekayu\r\n");

    MvcTestResult r = api(csv, true);
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.duplikat[0].baris").isEqualTo(2);
    assertThat(r).bodyJson().extractingPath("$.duplikat[0].usahaId").isEqualTo((int) usaha);
    assertThat(r).bodyJson().extractingPath("$.duplikat[0].alasan").isEqualTo("NIK");
    assertThat(r)
        .bodyJson()
        .extractingPath("$.duplikat[0].pesan")
        .asString()
        .contains("Warung Soto " + u);

    MvcTestResult halaman =
        mvc.post()
            .uri("/umkm/impor?lang=en")
            .multipart()
            .file(new MockMultipartFile("file", "m.csv", "text/csv", csv))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(halaman)
        .hasStatusOk()
        .bodyText()
        .contains("Possibly already registered", "/umkm/" + usaha, "Same owner NIK");
    MvcTestResult id =
        mvc.post()
            .uri("/umkm/impor")
            .multipart()
            .file(new MockMultipartFile("file", "m.csv", "text/csv", csv))
            .with(PenggunaUji.stafKota())
            .with(csrf())
            .exchange();
    assertThat(id).hasStatusOk().bodyText().contains("Mungkin sudah terdaftar", "NIK pemilik sama");
  }

  private MvcTestResult unggah(byte[] isi, String lang) {
    return mvc.post()
        .uri("/umkm/impor" + lang)
        .multipart()
        .file(new MockMultipartFile("file", "dinkop.csv", "text/csv", isi))
        .with(PenggunaUji.stafKota())
        .with(csrf())
        .exchange();
  }

  private MvcTestResult tungguSelesai(String id, Cookie kue, String lang)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      MvcTestResult r =
          mvc.get()
              .uri("/umkm/impor/tugas/" + id + "/kemajuan" + lang)
              .cookie(kue)
              .with(PenggunaUji.stafKota())
              .exchange();
      if (r.getResponse().getHeader("HX-Redirect") != null) {
        return r;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("import job did not finish");
  }

  private MvcTestResult halaman(String id, Cookie kue) {
    return mvc.get()
        .uri("/umkm/impor/tugas/" + id)
        .cookie(kue)
        .with(PenggunaUji.stafKota())
        .exchange();
  }

  private MvcTestResult api(byte[] isi, boolean pratinjau, String... peta) {
    return mvc.post()
        .uri("/api/v1/umkm/impor")
        .multipart()
        .file(new MockMultipartFile("file", "d.csv", "text/csv", isi))
        .param("pratinjau", String.valueOf(pratinjau))
        .param("peta", peta)
        .with(PenggunaUji.stafKota())
        .with(csrf())
        .exchange();
  }

  private static String tugas(MvcTestResult r) {
    Matcher m = TUGAS.matcher(r.getResponse().getRedirectedUrl());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String token(MvcTestResult r) throws Exception {
    Matcher m =
        Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
            .matcher(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

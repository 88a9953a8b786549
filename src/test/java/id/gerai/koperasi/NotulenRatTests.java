package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.berkas.BerkasUji;
import id.gerai.shared.berkas.GudangBerkas;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The RAT minutes: a PDF within the limit is kept and opens for whoever sees the cooperative,
 * anything else is a 400 with a message, a replaced file leaves the disk, and outside the scope
 * both upload and download are 404 without bytes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotulenRatTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired GudangBerkas gudang;

  KoperasiFixture data;
  long gerai;
  long akun;
  long koperasi;

  @BeforeEach
  void siapkan() {
    data = new KoperasiFixture(jdbc);
    gerai = 800000L + (long) (Math.random() * 100000);
    akun = 970000L + (long) (Math.random() * 10000);
    koperasi =
        data.koperasi(
            KoperasiFixture.unik("Koperasi Notulen"),
            KoperasiFixture.SEKAYU,
            gerai,
            akun,
            BentukKoperasi.PRIMER);
    data.rat(koperasi, 2024, LocalDate.of(2025, 3, 10));
  }

  @Test
  void anOfficerUploadsTheMinutesAndStaffOpenThem() {
    var pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(unggahApi(2024, "notulen.pdf", BerkasUji.PDF, pengurus))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(kolom("status_verifikasi")).isEqualTo("BELUM");
    String pertama = kolom("notulen_berkas");
    assertThat(gudang.folder().resolve(pertama)).exists();
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/rat/2024/notulen", koperasi).with(stafKota()))
        .hasStatusOk()
        .hasHeader("X-Content-Type-Options", "nosniff")
        .hasContentType("application/pdf")
        .hasBodyTextEqualTo(
            new String(BerkasUji.PDF, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(mvc.get().uri("/koperasi/{id}/rat", koperasi).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("notulen.pdf", "/koperasi/" + koperasi + "/rat/2024/notulen");

    // The page's form replaces it; the old file leaves the disk after the change commits.
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/rat/notulen", koperasi)
                .multipart()
                .file(new MockMultipartFile("berkas", "baru.pdf", "application/pdf", BerkasUji.PDF))
                .param("tahun", "2024")
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("pesan", "koperasi.rat.notulen.diunggah");
    assertThat(kolom("notulen_nama")).isEqualTo("baru.pdf");
    assertThat(Files.exists(gudang.folder().resolve(pertama))).isFalse();
    long ratId =
        jdbc.sql("SELECT id FROM rat WHERE koperasi_id = :k")
            .param("k", koperasi)
            .query(Long.class)
            .single();
    assertThat(data.jejak("UNGGAH", "rat", String.valueOf(ratId))).isEqualTo(2);
  }

  @Test
  void onlyAPdfWithinTheLimitIsKept() {
    assertThat(unggahApi(2024, "foto.png", BerkasUji.PNG, stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("PDF");
    assertThat(unggahApi(2024, "palsu.pdf", BerkasUji.HTML, stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    byte[] besar = BerkasUji.sebesar(BerkasUji.PDF, 10 * 1024 * 1024 + 1);
    assertThat(unggahApi(2024, "besar.pdf", besar, stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("10 MB");
    assertThat(kolom("notulen_berkas")).isNull();
    // A year without a recorded RAT has no minutes to attach.
    assertThat(unggahApi(2023, "notulen.pdf", BerkasUji.PDF, stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/koperasi/{id}/rat/2024/notulen", koperasi).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void outsideTheScopeTheMinutesAre404() {
    assertThat(unggahApi(2024, "notulen.pdf", BerkasUji.PDF, stafKota()))
        .hasStatus(HttpStatus.NO_CONTENT);
    String nama = kolom("notulen_berkas");
    var geraiLain = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai + 1, KoperasiFixture.SEKAYU));
    var pengurusLain = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun + 1));
    var kecamatanLain = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02"));
    for (RequestPostProcessor siapa :
        new RequestPostProcessor[] {geraiLain, pengurusLain, kecamatanLain}) {
      assertThat(mvc.get().uri("/koperasi/{id}/rat/2024/notulen", koperasi).with(siapa))
          .hasStatus(HttpStatus.NOT_FOUND);
      assertThat(mvc.get().uri("/api/v1/koperasi/{id}/rat/2024/notulen", koperasi).with(siapa))
          .hasStatus(HttpStatus.NOT_FOUND);
    }
    assertThat(unggahApi(2024, "lain.pdf", BerkasUji.PDF, geraiLain))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            unggahApi(
                2024,
                "lain.pdf",
                BerkasUji.PDF,
                sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74"))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(kolom("notulen_berkas")).isEqualTo(nama);
    // The own gerai's officer opens them.
    assertThat(
            mvc.get()
                .uri("/koperasi/{id}/rat/2024/notulen", koperasi)
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU))))
        .hasStatusOk();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult unggahApi(
      int tahun, String nama, byte[] isi, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/koperasi/{id}/rat/{t}/notulen", koperasi, tahun)
        .multipart()
        .file(new MockMultipartFile("file", nama, "application/pdf", isi))
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private String kolom(String kolom) {
    return jdbc.sql("SELECT " + kolom + " FROM rat WHERE koperasi_id = :k AND tahun_buku = 2024")
        .param("k", koperasi)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }
}

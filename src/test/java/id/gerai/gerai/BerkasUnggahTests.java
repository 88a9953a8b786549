package id.gerai.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.berkas.GudangBerkas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Decree uploads through the page: a file that is not a PDF by its content, or too large, is a
 * field error and writes nothing; a hostile file name never becomes a path.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BerkasUnggahTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired GudangBerkas penyimpanan;

  long gerai;

  @BeforeEach
  void geraiBaru() {
    gerai = PengurusUji.geraiBaru(jdbc, "33.74.01.1013");
  }

  @Test
  void aPngNamedPdfIsRefusedWithAFieldErrorAndNothingIsWritten() throws IOException {
    MockMultipartFile png =
        new MockMultipartFile("berkas", "sk.pdf", "application/pdf", PengurusUji.PNG);
    String nama = PengurusUji.unik("Png");
    List<Path> sebelum = berkas();

    MvcTestResult hasil = angkat(nama, png, "");

    assertThat(hasil)
        .hasStatusOk()
        .model()
        .extractingBindingResult("form")
        .hasFieldErrors("berkas");
    assertThat(hasil).bodyText().contains("Berkas ini bukan PDF");
    assertTidakAdaYangDitulis(nama, sebelum);
  }

  @Test
  void theRefusalSpeaksEnglishWithLangEn() {
    MockMultipartFile png =
        new MockMultipartFile("berkas", "sk.pdf", "application/pdf", PengurusUji.PNG);
    assertThat(angkat(PengurusUji.unik("Png"), png, "?lang=en"))
        .bodyText()
        .contains("This file is not a PDF");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAFieldErrorAndNothingIsWritten() throws IOException {
    byte[] besar = Arrays.copyOf(PengurusUji.PDF, 5 * 1024 * 1024 + 1);
    MockMultipartFile pdf = new MockMultipartFile("berkas", "besar.pdf", "application/pdf", besar);
    String nama = PengurusUji.unik("Besar");
    List<Path> sebelum = berkas();

    MvcTestResult hasil = angkat(nama, pdf, "");

    assertThat(hasil)
        .hasStatusOk()
        .model()
        .extractingBindingResult("form")
        .hasFieldErrors("berkas");
    assertThat(hasil).bodyText().contains("Berkas terlalu besar: paling besar 5 MB");
    assertTidakAdaYangDitulis(nama, sebelum);
  }

  @Test
  void aFileNameWithDotDotNeverLeavesTheFolder() throws IOException {
    String nama = PengurusUji.unik("Jalur");
    assertThat(angkat(nama, PengurusUji.pdf("../../../berkas-lolos.pdf"), ""))
        .hasStatus3xxRedirection();

    var sk =
        jdbc.sql(
                "SELECT sk.id, sk.berkas_nama, sk.berkas_nama_asli FROM surat_keputusan sk"
                    + " JOIN pengurus p ON p.surat_keputusan_id = sk.id WHERE p.nama = :n")
            .param("n", nama)
            .query()
            .singleRow();
    assertThat(sk.get("berkas_nama_asli")).isEqualTo("berkas-lolos.pdf");
    Path simpan = penyimpanan.folder().resolve((String) sk.get("berkas_nama"));
    assertThat(simpan.getParent()).isEqualTo(penyimpanan.folder());
    assertThat(Files.readAllBytes(simpan)).isEqualTo(PengurusUji.PDF);
    assertThat(penyimpanan.folder().getParent().resolve("berkas-lolos.pdf")).doesNotExist();
    assertThat(Path.of("berkas-lolos.pdf")).doesNotExist();

    assertThat(mvc.get().uri("/sk/{id}/berkas", sk.get("id")).with(stafKota()))
        .hasStatusOk()
        .hasHeader("Content-Disposition", "attachment; filename=\"berkas-lolos.pdf\"");
  }

  private MvcTestResult angkat(String nama, MockMultipartFile berkas, String query) {
    return mvc.post()
        .uri("/gerai/" + gerai + "/pengurus" + query)
        .multipart()
        .file(berkas)
        .param("nama", nama)
        .param("jabatan", "SEKRETARIS")
        .param("mulai", LocalDate.now().toString())
        .param("skNomor", nama)
        .param("skTanggal", LocalDate.now().toString())
        .param("skPenerbit", "Lurah Pekunden")
        .with(stafKota())
        .with(csrf())
        .exchange();
  }

  private void assertTidakAdaYangDitulis(String nama, List<Path> sebelum) throws IOException {
    assertThat(PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM pengurus WHERE nama = :v", nama))
        .isZero();
    assertThat(
            PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM surat_keputusan WHERE nomor = :v", nama))
        .isZero();
    assertThat(berkas()).containsExactlyInAnyOrderElementsOf(sebelum);
  }

  private List<Path> berkas() throws IOException {
    Path folder = penyimpanan.folder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> isi = Files.list(folder)) {
      return isi.toList();
    }
  }
}

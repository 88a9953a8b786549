package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.berkas.BerkasUji;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The pages: bringing a problem with an attachment, the case page with its forms, a refused move
 * shown in the user's language, the list as a page and as an htmx fragment, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KonsultasiHalamanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
  }

  @Test
  void aBusinessActorBringsAProblemWithAnAttachment() {
    assertThat(mvc.get().uri("/konsultasi/baru?usaha=" + uji.usaha).with(uji.pemilik()))
        .hasStatusOk()
        .bodyText()
        .contains("Bawa masalah baru", "Masalah serupa", uji.namaUsaha, "<select id=\"usahaId\"");
    assertThat(
            mvc.post()
                .uri("/konsultasi")
                .multipart()
                .file(new MockMultipartFile("file", "nota.pdf", "application/pdf", BerkasUji.PDF))
                .param("usahaId", String.valueOf(uji.usaha))
                .param("kategori", "BAHAN_BAKU")
                .param("urgensi", "RENDAH")
                .param("uraian", "Harga gula naik, cari pemasok lain.")
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    long id =
        jdbc.sql("SELECT MAX(id) FROM konsultasi WHERE usaha_id = :u")
            .param("u", uji.usaha)
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/konsultasi/{id}", id).with(uji.pemilik()))
        .hasStatusOk()
        .bodyText()
        .contains("Harga gula naik", "nota.pdf", "Bahan baku", "Pelaku usaha sendiri")
        .doesNotContain("Tugaskan</h2>");
  }

  @Test
  void aShortDescriptionIsShownOnTheFormNotA500() {
    assertThat(
            mvc.post()
                .uri("/konsultasi")
                .multipart()
                .param("usahaId", String.valueOf(uji.usaha))
                .param("kategori", "MODAL")
                .param("uraian", "x")
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("paling sedikit 10 huruf");
  }

  @Test
  void aRefusedMoveIsShownOnTheCasePageInTheUsersLanguage() {
    long id =
        new KonsultasiApi(mvc).buka(uji, KonsultasiUji.staf(), "SDM", "Karyawan sering keluar.");
    assertThat(
            mvc.post()
                .uri("/konsultasi/{id}/status?lang=en", id)
                .param("status", "SELESAI")
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("galat", "The status cannot change from New to Solved.");
    assertThat(
            mvc.post()
                .uri("/konsultasi/{id}/tugaskan", id)
                .param("peran", "PENGURUS_FORUM")
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("pesan", "konsultasi.halaman.ditugaskan");
    assertThat(
            mvc.post()
                .uri("/konsultasi/{id}/tanggapan", id)
                .param("isi", "Coba program magang.")
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.post()
                .uri("/konsultasi/{id}/rujuk", id)
                .param("program", "Pelatihan SDM 2027")
                .with(KonsultasiUji.staf())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/konsultasi/{id}?lang=en", id).with(KonsultasiUji.staf()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Assigned", "Forum officer", "Coba program magang.", "Pelatihan SDM 2027", "Thread");
  }

  @Test
  void theListIsAPageOrAnHtmxFragment() {
    new KonsultasiApi(mvc).buka(uji, uji.pengurusGerai(), "LAINNYA", "Perlu tempat berjualan.");
    assertThat(mvc.get().uri("/konsultasi?usaha=" + uji.usaha).with(uji.pengurusGerai()))
        .hasStatusOk()
        .bodyText()
        .contains("<html", uji.namaUsaha, "Lainnya");
    assertThat(
            mvc.get()
                .uri("/konsultasi?usaha=" + uji.usaha)
                .header("HX-Request", "true")
                .with(uji.pengurusGerai()))
        .hasStatusOk()
        .bodyText()
        .contains(uji.namaUsaha)
        .doesNotContain("<html");
  }
}

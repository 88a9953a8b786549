package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The permits and ladder API: list, record (with errors and warnings) and the rungs. */
@SpringBootTest
@AutoConfigureMockMvc
class LegalitasApiControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  LegalitasUji uji;
  long usaha;
  long akun;

  @BeforeEach
  void siapkan() {
    uji = new LegalitasUji(jdbc);
    akun = LegalitasUji.akunBaru();
    usaha =
        uji.usaha(
            LegalitasUji.unik("Wingko Api"), LegalitasUji.SEKAYU, null, akun, "MEDIA_SOSIAL", null);
  }

  @Test
  void aBusinessActorRecordsTheirOwnNibAndClimbsTheLadder() {
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/tangga", usaha)
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun))))
        .bodyJson()
        .extractingPath("$.berikutnya")
        .isEqualTo("LEGAL");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\":\"NIB\",\"nomor\":\"9120-0012-3456-7\","
                        + "\"tanggalTerbit\":\"2023-05-02\"}"))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.peringatan")
        .asArray()
        .isEmpty();
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/legalitas", usaha).with(PenggunaUji.stafKota()))
        .bodyJson()
        .extractingPath("$[0].nomor")
        .isEqualTo("9120001234567");
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/tangga", usaha)
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun))))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.sekarang").isEqualTo("LEGAL");
              assertThat(j).extractingPath("$.berikutnya").isEqualTo("BERSERTIFIKAT");
              assertThat(j).extractingPath("$.jenjang[2].status").isEqualTo("TERCAPAI");
              assertThat(j).extractingPath("$.jenjang[5].status").isEqualTo("TIDAK_DIKETAHUI");
            });
  }

  @Test
  void theNextStepIsInPlainWordsInTheCallersLanguage() {
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tangga", usaha).with(PenggunaUji.stafKota()))
        .bodyJson()
        .extractingPath("$.langkahBerikutnya")
        .isEqualTo("Daftarkan NIB lewat OSS di gerai terdekat.");
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/tangga", usaha)
                .header("Accept-Language", "en")
                .with(PenggunaUji.stafKota()))
        .bodyJson()
        .extractingPath("$.langkahBerikutnya")
        .isEqualTo("Register for an NIB through OSS at the nearest gerai.");
  }

  @Test
  void aBadNumberIsABadRequestAndAWarningComesBackWithTheRecord() {
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(PenggunaUji.stafKota())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jenis\":\"NIB\",\"nomor\":\"123\",\"tanggalTerbit\":\"2023-05-02\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("NIB harus tepat 13 angka.");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(PenggunaUji.stafKota())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\":\"IZIN_LAIN\",\"nomor\":\"1\",\"tanggalTerbit\":\"2023-05-02\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(uji.jumlahLegalitas(usaha)).isZero();
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(PenggunaUji.stafKota())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\":\"PIRT\",\"nomor\":\"20633\",\"tanggalTerbit\":\"2023-05-02\","
                        + "\"berlakuSampai\":\"2028-05-02\"}"))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.teksPeringatan[0]")
        .isEqualTo("Nomor P-IRT biasanya paling sedikit 15 angka. Periksa kembali nomornya.");
  }

  @Test
  void aMentorMayReadButNotRecord() {
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\":\"HALAL\",\"nomor\":\"ID1\",\"tanggalTerbit\":\"2023-05-02\"}"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/legalitas", usaha)
                .with(csrf())
                .with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74"))))
        .hasStatusOk();
  }
}

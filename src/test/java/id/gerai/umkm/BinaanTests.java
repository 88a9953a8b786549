package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Enrolling businesses as binaan and ending it, through the page and the API: the rules (a mentor
 * and a start are required, the end is not before the start), binaan today versus past, who may
 * enrol, the audit trail, scope (another kecamatan gets 404) and the English page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BinaanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture fixture;
  LocalDate hariIni;
  long usaha;

  @BeforeEach
  void siapkan() {
    fixture = new UmkmFixture(jdbc);
    hariIni = BinaanService.hariIni();
    long pelaku =
        fixture.pelaku(UmkmFixture.unik("Sri Binaan"), null, null, UmkmFixture.SEKAYU, null);
    usaha =
        fixture.usaha(
            pelaku, UmkmFixture.unik("Wingko Binaan"), UmkmFixture.SEKAYU, null, null, "BELUM");
  }

  @Test
  void enrolThroughThePageThenEndIt() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan", usaha)
                .with(stafKota())
                .with(csrf())
                .param("pendamping", "Bu Ratna Pendamping")
                .param("sejak", hariIni.minusDays(30).toString())
                .param("target", "Sertifikat halal dan PIRT"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/umkm/{id}/binaan", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Bu Ratna Pendamping", "Sertifikat halal dan PIRT", "Binaan saat ini");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/binaan", usaha).with(stafKota()))
        .bodyJson()
        .extractingPath("$.binaan")
        .isEqualTo(true);
    long id = idBinaan();
    assertThat(fixture.jejak("BUAT", "binaan", id)).isEqualTo(1);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan/{b}/akhiri", usaha, id)
                .with(stafKota())
                .with(csrf())
                .param("tanggal", hariIni.minusDays(31).toString()))
        .hasStatus(HttpStatus.BAD_REQUEST);

    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan/{b}/akhiri", usaha, id)
                .with(stafKota())
                .with(csrf())
                .param("tanggal", hariIni.minusDays(1).toString()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/binaan", usaha).with(stafKota()))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.binaan").isEqualTo(false);
              assertThat(j).extractingPath("$.lalu[0].pendamping").isEqualTo("Bu Ratna Pendamping");
              assertThat(j).extractingPath("$.kini").asArray().isEmpty();
            });
    assertThat(fixture.jejak("UBAH", "binaan", id)).isEqualTo(1);
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    String json =
        """
        {"pendamping": "Pak Budi", "sejak": "%s", "sampai": "%s"}
        """
            .formatted(hariIni.minusDays(5), hariIni.minusDays(10));
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/binaan", usaha)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("tidak boleh sebelum tanggal mulai");
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan?lang=en", usaha)
                .with(stafKota())
                .with(csrf())
                .param("pendamping", "Pak Budi")
                .param("sejak", hariIni.minusDays(5).toString())
                .param("sampai", hariIni.minusDays(10).toString()))
        .hasStatusOk()
        .bodyText()
        .contains("The end date cannot be before the start date.");
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan", usaha)
                .with(stafKota())
                .with(csrf())
                .param("pendamping", " ")
                .param("sejak", hariIni.toString()))
        .hasStatusOk()
        .bodyText()
        .contains("Isi nama pendamping.");
    assertThat(jumlahBinaan()).isZero();
  }

  @Test
  void aPastEnrolmentIsNotBinaanTodayAndAFutureOneNotYet() {
    RequestPostProcessor pendamping = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));
    kirim(pendamping, "Pak Lama", hariIni.minusYears(2), hariIni.minusYears(1))
        .hasStatus(HttpStatus.CREATED);
    kirim(pendamping, "Pak Nanti", hariIni.plusDays(10), null).hasStatus(HttpStatus.CREATED);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/binaan", usaha).with(pendamping))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.binaan").isEqualTo(false);
              assertThat(j).extractingPath("$.lalu[0].pendamping").isEqualTo("Pak Lama");
              assertThat(j).extractingPath("$.kini[0].pendamping").isEqualTo("Pak Nanti");
            });
    kirim(pendamping, "Pak Kini", hariIni, hariIni).hasStatus(HttpStatus.CREATED);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/binaan", usaha).with(pendamping))
        .bodyJson()
        .extractingPath("$.binaan")
        .isEqualTo(true);
  }

  @Test
  void onlyDinkopAndMentorsEnrol() {
    kirim(sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.01")), "X", hariIni, null)
        .hasStatus(HttpStatus.FORBIDDEN);
    kirim(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(-77)), "X", hariIni, null)
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(jumlahBinaan()).isZero();
  }

  @Test
  void anotherKecamatanGetsNotFoundEverywhere() {
    kirim(stafKota(), "Bu Rahasia", hariIni.minusDays(3), null).hasStatus(HttpStatus.CREATED);
    RequestPostProcessor utara = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.02"));
    assertThat(mvc.get().uri("/umkm/{id}/binaan", usaha).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Bu Rahasia");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/binaan", usaha).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Bu Rahasia");
    kirim(utara, "Pak Luar", hariIni, null).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/binaan/{b}/akhiri", usaha, idBinaan())
                .with(utara)
                .with(csrf())
                .param("tanggal", hariIni.toString()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(jumlahBinaan()).isEqualTo(1);
  }

  @Test
  void theEnglishPage() {
    assertThat(mvc.get().uri("/umkm/{id}/binaan?lang=en", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Mentoring (binaan)", "Not mentored now", "Enrol for mentoring", "Past mentoring")
        .doesNotContain("Binaan berjalan");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResultAssert kirim(
      RequestPostProcessor siapa, String pendamping, LocalDate sejak, LocalDate sampai) {
    String json =
        """
        {"pendamping": "%s", "sejak": "%s", "sampai": %s, "target": "Naik kelas"}
        """
            .formatted(pendamping, sejak, sampai == null ? "null" : "\"" + sampai + "\"");
    return assertThat(
        mvc.post()
            .uri("/api/v1/umkm/{id}/binaan", usaha)
            .with(siapa)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private long idBinaan() {
    return jdbc.sql("SELECT MAX(id) FROM binaan WHERE usaha_id = :u")
        .param("u", usaha)
        .query(Long.class)
        .single();
  }

  private long jumlahBinaan() {
    return jdbc.sql("SELECT COUNT(*) FROM binaan WHERE usaha_id = :u")
        .param("u", usaha)
        .query(Long.class)
        .single();
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.umkm.AngkaTahunanUji.SEKAYU;
import static id.gerai.umkm.AngkaTahunanUji.angka;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees and records a business's figures: its area's officers, and its owner only. */
@SpringBootTest
@AutoConfigureMockMvc
class AngkaTahunanCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  private final RequestPostProcessor stafTengah =
      sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"));
  private final RequestPostProcessor geraiUtara =
      sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.02"));

  @Test
  void anotherKecamatansOfficerGets404OnPageAndApiAndWritesNothing() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(api(id, angka(2023, "1000", "null", "null", null), stafTengah)).hasStatusOk();
    assertThat(mvc.get().uri("/umkm/{id}/kelas", id).with(geraiUtara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Usaha Kelas");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", id).with(geraiUtara))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api(id, angka(2024, "1000", "null", "null", null), geraiUtara))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/kelas", id)
                .with(geraiUtara)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("tahun", "2025")
                .param("omzet", "1.000"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(tahun(id)).isEqualTo(1);
  }

  @Test
  void aGeraiOfficerInScopeRecordsVerifiedFigures() {
    long id = AngkaTahunanUji.usaha(jdbc, "33.74.02.1008", null);
    assertThat(api(id, angka(2023, "1000", "null", "null", null), geraiUtara))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.tahun[0].sumber")
        .isEqualTo("TERVERIFIKASI");
  }

  @Test
  void aBusinessActorSeesAndRecordsOnlyTheirOwnAndAsSelfReported() {
    long akun = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    long milik = AngkaTahunanUji.usaha(jdbc, SEKAYU, akun);
    long lain = AngkaTahunanUji.usaha(jdbc, SEKAYU, akun + 1);
    RequestPostProcessor pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun));
    assertThat(api(milik, angka(2023, "1000", "null", "null", "TERVERIFIKASI"), pelaku))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.tahun[0].sumber")
        .isEqualTo("MANDIRI");
    assertThat(mvc.get().uri("/umkm/{id}/kelas", milik).with(pelaku)).hasStatusOk();
    assertThat(mvc.get().uri("/umkm/{id}/kelas", lain).with(pelaku))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", lain).with(pelaku))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api(lain, angka(2023, "1000", "null", "null", null), pelaku))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(tahun(lain)).isZero();
  }

  @Test
  void aMentorMayViewButNotRecord() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    RequestPostProcessor pendamping = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));
    assertThat(mvc.get().uri("/umkm/{id}/kelas", id).with(pendamping))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("name=\"omzet\"");
    assertThat(api(id, angka(2023, "1000", "null", "null", null), pendamping))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(tahun(id)).isZero();
  }

  private long tahun(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM angka_tahunan WHERE usaha_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private MvcTestResult api(long id, String json, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/umkm/{id}/angka", id)
        .with(siapa)
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.umkm.AngkaTahunanUji.SEKAYU;
import static id.gerai.umkm.AngkaTahunanUji.angka;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Size classes at and around every boundary, through {@code POST /api/v1/umkm/{id}/angka}. */
@SpringBootTest
@AutoConfigureMockMvc
class AngkaTahunanApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest(name = "{0}: sales {1} -> {3}, capital {2} -> {4}")
  @CsvSource({
    // PP 7/2021: sales 2 M / 15 M / 50 M, modal usaha 1 M / 5 M / 10 M
    "2023, 2000000000, 1000000000, MIKRO, MIKRO",
    "2023, 2000000001, 1000000001, KECIL, KECIL",
    "2023, 15000000000, 5000000000, KECIL, KECIL",
    "2023, 15000000001, 5000000001, MENENGAH, MENENGAH",
    "2023, 50000000000, 10000000000, MENENGAH, MENENGAH",
    "2023, 50000000001, 10000000001, BESAR, BESAR",
    "2021, 0, 0, MIKRO, MIKRO",
    "2021, 1999999999.99, 999999999.99, MIKRO, MIKRO",
  })
  void ppTujuhTahun2021ClassesEveryBoundary(
      int tahun, String omzet, String modal, String kelasOmzet, String kelasModal) {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(catat(id, angka(tahun, omzet, modal, "null", null)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.tahun[0].kelasOmzet").isEqualTo(kelasOmzet);
              assertThat(j).extractingPath("$.tahun[0].kelasModal").isEqualTo(kelasModal);
              assertThat(j).extractingPath("$.tahun[0].dasarKriteria").isEqualTo("PP_7_2021");
              assertThat(j)
                  .extractingPath("$.tahun[0].dasarKriteriaNama")
                  .isEqualTo("PP 7/2021 Pasal 35");
              assertThat(j).extractingPath("$.tahun[0].sumber").isEqualTo("TERVERIFIKASI");
            });
  }

  @ParameterizedTest(name = "{0}: sales {1} -> {3}, net worth {2} -> {4}")
  @CsvSource({
    // UU 20/2008: sales 300 jt / 2,5 M / 50 M, kekayaan bersih 50 jt / 500 jt / 10 M
    "2019, 300000000, 50000000, MIKRO, MIKRO",
    "2019, 300000001, 50000001, KECIL, KECIL",
    "2020, 2500000000, 500000000, KECIL, KECIL",
    "2020, 2500000001, 500000001, MENENGAH, MENENGAH",
    "1990, 50000000000, 10000000000, MENENGAH, MENENGAH",
    "2020, 50000000001, 10000000001, BESAR, BESAR",
  })
  void uuDuaPuluhYearsUseSalesAndNetWorth(
      int tahun, String omzet, String kekayaan, String kelasOmzet, String kelasModal) {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    // modal usaha is ignored before 2021: net worth is that rule's capital-side figure
    assertThat(catat(id, angka(tahun, omzet, "99000000000", kekayaan, "LAPORAN")))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.tahun[0].kelasOmzet").isEqualTo(kelasOmzet);
              assertThat(j).extractingPath("$.tahun[0].kelasModal").isEqualTo(kelasModal);
              assertThat(j).extractingPath("$.tahun[0].dasarKriteria").isEqualTo("UU_20_2008");
              assertThat(j).extractingPath("$.tahun[0].sumber").isEqualTo("LAPORAN");
            });
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", id).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.tahun[0].dasarKriteriaNama")
        .isEqualTo("UU 20/2008 Pasal 6");
  }

  @Test
  void theSameSalesAreMicroIn2021ButSmallIn2020() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, angka(2020, "1000000000", "null", "null", null));
    assertThat(catat(id, angka(2021, "1000000000", "null", "null", null)))
        .bodyJson()
        .extractingPath("$.tahun[*].kelasOmzet")
        .asArray()
        .containsExactly("KECIL", "MIKRO");
  }

  @Test
  void recordingAYearAgainReplacesItsFigures() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, angka(2022, "100000000", "null", "null", null));
    assertThat(catat(id, angka(2022, "3000000000", "null", "null", null)))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.tahun.length()").isEqualTo(1);
              assertThat(j).extractingPath("$.tahun[0].kelasOmzet").isEqualTo("KECIL");
            });
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = 'ANGKA_TAHUNAN'"
                        + " AND id_rekaman = :id")
                .param("id", id + "/2022")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void badFiguresAreRefusedWithAReadableMessage() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    int depan = Year.now().getValue() + 1;
    assertThat(catat(id, angka(2023, "-1", "null", "null", null)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("negatif");
    assertThat(catat(id, angka(2023, "1000", "-5", "null", null)))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(catat(id, angka(1989, "1000", "null", "null", null)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("1990");
    assertThat(catat(id, angka(depan, "1000", "null", "null", null)))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(catat(id, angka(2023, "null", "null", "null", null)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Omzet");
    assertThat(catat(id, angka(2023, "1000", "null", "null", "ENTAH")))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(catat(id, "{\"tahun\": \"dua ribu\"}")).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.tahun.length()")
        .isEqualTo(0);
  }

  @Test
  void officersCannotRecordFiguresAsSelfReported() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(catat(id, angka(2023, "1000", "null", "null", "MANDIRI")))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anUnknownBusinessIs404() {
    assertThat(catat(987_654_321L, angka(2023, "1000", "null", "null", null)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/umkm/987654321/kelas").with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private MvcTestResult catat(long id, String json) {
    return mvc.post()
        .uri("/api/v1/umkm/{id}/angka", id)
        .with(stafKota())
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }
}

package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The needs signal counts problems per month, category and area or gerai, filtered by kecamatan,
 * kelurahan, gerai, category and period.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KebutuhanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JamUji jam;

  KonsultasiUji uji;
  String bulan;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    KonsultasiApi api = new KonsultasiApi(mvc);
    bulan = YearMonth.from(jam.instant().atZone(Konsultasi.WIB)).toString();
    api.buka(uji, uji.pengurusGerai(), "MODAL", "Butuh modal untuk etalase baru.");
    api.buka(uji, uji.pemilik(), "MODAL", "Butuh modal untuk bahan lebaran.");
    api.buka(uji, uji.pengurusGerai(), "PEMASARAN", "Ingin berjualan di lokapasar.");
  }

  @Test
  void countsByGeraiAndCategory() {
    assertThat(get("kelompok=GERAI&gerai=" + uji.gerai))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.length()").isEqualTo(2);
              assertThat(j).extractingPath("$[0].kategori").isEqualTo("MODAL");
              assertThat(j).extractingPath("$[0].jumlah").isEqualTo(2);
              assertThat(j).extractingPath("$[0].periode").isEqualTo(bulan);
              assertThat(j).extractingPath("$[0].kelompok").isEqualTo(String.valueOf(uji.gerai));
              assertThat(j).extractingPath("$[1].kategori").isEqualTo("PEMASARAN");
              assertThat(j).extractingPath("$[1].jumlah").isEqualTo(1);
            });
  }

  @Test
  void filtersByCategoryAreaAndPeriod() {
    String g = "&gerai=" + uji.gerai;
    assertThat(get("kategori=MODAL&kelompok=KELURAHAN" + g))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.length()").isEqualTo(1);
              assertThat(j).extractingPath("$[0].kelompok").isEqualTo(KonsultasiUji.SEKAYU);
              assertThat(j).extractingPath("$[0].namaKelompok").asString().isNotBlank();
              assertThat(j).extractingPath("$[0].jumlah").isEqualTo(2);
            });
    assertThat(get("kecamatan=33.74.01&kategori=PEMASARAN" + g))
        .bodyJson()
        .extractingPath("$[0].kelompok")
        .isEqualTo("33.74.01");
    assertThat(get("kecamatan=33.74.10" + g)).bodyJson().extractingPath("$.length()").isEqualTo(0);
    assertThat(get("kelurahan=" + KonsultasiUji.SEKAYU + "&dari=" + bulan + "&sampai=" + bulan + g))
        .bodyJson()
        .extractingPath("$.length()")
        .isEqualTo(2);
    String depan = YearMonth.parse(bulan).plusMonths(1).toString();
    assertThat(get("dari=" + depan + g)).bodyJson().extractingPath("$.length()").isEqualTo(0);
    assertThat(get("dari=2026-13" + g))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("TTTT-BB");
  }

  @Test
  void theTablePageShowsTheCounts() {
    assertThat(
            mvc.get()
                .uri("/konsultasi/kebutuhan?kelompok=KECAMATAN&gerai=" + uji.gerai)
                .with(KonsultasiUji.staf()))
        .hasStatusOk()
        .bodyText()
        .contains("Sinyal kebutuhan", "Semarang Tengah", "Modal", "Pemasaran");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult get(String query) {
    return mvc.get()
        .uri("/api/v1/konsultasi/kebutuhan?" + query)
        .with(KonsultasiUji.staf())
        .exchange();
  }
}

package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 4's check: a KSP year computed by hand ({@link ContohKspTangan}, not one of the engine's
 * worked examples) gives the same total to two decimals and the same predicate through the API and
 * on the worksheet page, aspect by aspect.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KesehatanContohTanganTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theHandComputedKspYearMatchesThroughTheApiAndOnTheWorksheet() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/2025", id)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(KesehatanUji.json(ContohKspTangan.angka())))
        .hasStatusOk();

    var json =
        assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2025", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.lengkap").isEqualTo(true);
    json.extractingPath("$.totalSkor")
        .isEqualTo(new BigDecimal(ContohKspTangan.TOTAL).doubleValue());
    json.extractingPath("$.predikat").isEqualTo(ContohKspTangan.PREDIKAT);
    String[] subtotal = {"11.25", "20.75", "11.05", "7.5", "13.75", "7.75", "7.5"};
    for (int i = 0; i < subtotal.length; i++) {
      BigDecimal harap = new BigDecimal(subtotal[i]);
      json.extractingPath("$.aspek[" + i + "].skor")
          .asNumber()
          .satisfies(
              n ->
                  assertThat(
                          new BigDecimal(n.toString()).setScale(2, java.math.RoundingMode.HALF_UP))
                      .isEqualByComparingTo(harap));
    }
    json.extractingPath("$.aspek[1].komponen[3].nilai").isEqualTo(75.0); // 26% sits in [21,26]

    assertThat(mvc.get().uri("/koperasi/{id}/kesehatan/2025", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(ContohKspTangan.TOTAL_TAMPIL, "Cukup Sehat", "11,25", "20,75", "13,75");
  }
}

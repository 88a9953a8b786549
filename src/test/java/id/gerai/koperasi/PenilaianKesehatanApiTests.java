package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.koperasi.kesehatan.RubrikUji;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The worksheet as JSON: the hand-computed totals and predicates, incomplete and missing cases. */
@SpringBootTest
@AutoConfigureMockMvc
class PenilaianKesehatanApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theWorksheetGivesTheHandComputedTotalAndPredicateRowByRow() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    catat(id, 2024, RubrikUji.enamPuluhEnam());
    var json =
        assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.totalSkor").isEqualTo(66.0);
    json.extractingPath("$.predikat").isEqualTo("CUKUP_SEHAT");
    json.extractingPath("$.namaPredikat").isEqualTo("Cukup Sehat");
    json.extractingPath("$.lengkap").isEqualTo(true);
    json.extractingPath("$.perluVerifikasi").isEqualTo(true);
    json.extractingPath("$.rubrik.regulasi").isEqualTo("Perdep Pengawasan 06/Per/Dep.6/IV/2016");
    json.extractingPath("$.aspek.length()").isEqualTo(7);
    json.extractingPath("$.aspek[0].komponen[0].kode").isEqualTo("ms_aset");
    json.extractingPath("$.aspek[0].komponen[0].rasio").isEqualTo(50.0);
    json.extractingPath("$.aspek[0].komponen[0].nilai").isEqualTo(100.0);
    json.extractingPath("$.aspek[0].komponen[0].skor").isEqualTo(6.0);
    json.extractingPath("$.aspek[0].komponen[0].masukan.total_aset").isEqualTo(1000.0);
    json.extractingPath("$.aspek[2].skor").isEqualTo(1.0); // 4 umum yes × 0.25
  }

  @Test
  void aHandComputedBorderlineCaseIsDalamPengawasan() {
    // 51.00 by hand (RubrikUji.limaPuluhSatu), then one umum yes fewer: 50.75, Khusus.
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    catat(id, 2023, RubrikUji.limaPuluhSatu());
    Map<String, BigDecimal> m = RubrikUji.limaPuluhSatu();
    m.put("ya_manajemen_umum", new BigDecimal("3"));
    catat(id, 2024, m);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2023", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.predikat")
        .isEqualTo("DALAM_PENGAWASAN");
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.totalSkor")
        .isEqualTo(50.75);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan", id).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[1].predikat")
        .isEqualTo("DALAM_PENGAWASAN_KHUSUS");
  }

  @Test
  void blankFiguresGiveAnIncompleteWorksheetNamingThemAndNoPredicate() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    m.put("dana_diterima", null);
    m.remove("atmr");
    catat(id, 2024, m);
    var json =
        assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.lengkap").isEqualTo(false);
    json.extractingPath("$.totalSkor").isNull();
    json.extractingPath("$.predikat").isNull();
    json.extractingPath("$.kurang[*].pos")
        .asArray()
        .containsExactlyInAnyOrder("dana_diterima", "atmr");
    json.extractingPath("$.kurang[*].nama").asArray().contains("Dana yang diterima");
  }

  @Test
  void noStatementsOrNoRubricForTheGroupOrYearIsNotFound() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
    long konsumen = KesehatanUji.koperasi(jdbc, SEKAYU, null, null, "LAINNYA");
    catat(konsumen, 2024, RubrikUji.sehatPenuh());
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", konsumen).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("LAINNYA");
    catat(id, 2015, RubrikUji.sehatPenuh());
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2015", id).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private void catat(long id, int tahun, Map<String, BigDecimal> angka) {
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(KesehatanUji.json(angka)))
        .hasStatusOk();
  }
}

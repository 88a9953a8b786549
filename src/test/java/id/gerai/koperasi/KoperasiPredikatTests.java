package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The list's predicate filter reads the assessment of the latest year of statements. It needs the
 * health assessment's tables; where they are not (yet) in the schema the test is skipped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiPredikatTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theLatestYearsPredicateSelects() {
    Assumptions.assumeTrue(
        jdbc.sql(
                    "SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE LOWER(table_name) = 'penilaian_kesehatan'")
                .query(Long.class)
                .single()
            > 0,
        "the health assessment's tables are not in this schema");
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long gerai = 500000L + (long) (Math.random() * 100000);
    long membaik = data.koperasi("A", KoperasiFixture.SEKAYU, gerai, null, BentukKoperasi.PRIMER);
    long memburuk = data.koperasi("B", KoperasiFixture.SEKAYU, gerai, null, BentukKoperasi.PRIMER);
    nilai(membaik, 2024, "DALAM_PENGAWASAN");
    nilai(membaik, 2025, "SEHAT");
    nilai(memburuk, 2024, "SEHAT");
    nilai(memburuk, 2025, "DALAM_PENGAWASAN");
    var petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU));
    assertThat(mvc.get().uri("/api/v1/koperasi?predikat=SEHAT").with(petugas))
        .bodyJson()
        .extractingPath("$.isi[*].id")
        .asArray()
        .containsExactly((int) membaik);
    assertThat(mvc.get().uri("/api/v1/koperasi?predikat=dalam_pengawasan").with(petugas))
        .bodyJson()
        .extractingPath("$.isi[*].id")
        .asArray()
        .containsExactly((int) memburuk);
    assertThat(mvc.get().uri("/api/v1/koperasi?predikat=CUKUP_SEHAT").with(petugas))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
  }

  private void nilai(long koperasi, int tahun, String predikat) {
    OffsetDateTime kini = OffsetDateTime.now();
    jdbc.sql(
            "INSERT INTO laporan_keuangan (koperasi_id, tahun, status_verifikasi, dicatat_oleh,"
                + " dicatat_pada, versi) VALUES (:k, :t, 'TERVERIFIKASI', 'uji', :kini, 0)")
        .param("k", koperasi)
        .param("t", tahun)
        .param("kini", kini)
        .update();
    jdbc.sql(
            "INSERT INTO penilaian_kesehatan (koperasi_id, tahun, lengkap, predikat, dihitung_pada)"
                + " VALUES (:k, :t, TRUE, :p, :kini)")
        .param("k", koperasi)
        .param("t", tahun)
        .param("p", predikat)
        .param("kini", kini)
        .update();
  }
}

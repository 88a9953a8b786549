package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.PenggunaUji;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The list's total is exact up to 1,000 matches and capped beyond (page, API header); both shapes
 * of the text search (many matches, few matches) find the same businesses in the same order.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmJumlahTerbatasTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;

  String awalan;

  @BeforeEach
  void siapkan() {
    awalan = UmkmFixture.unik("Banyak").replace(" ", "");
    long p = new UmkmFixture(jdbc).pelaku("Ani", null, null, UmkmFixture.SEKAYU, null);
    Timestamp kini = Timestamp.from(Instant.now());
    List<Object[]> baris = new ArrayList<>();
    for (int i = 0; i < 1002; i++) {
      baris.add(new Object[] {p, awalan + String.format(" %04d", i), kini, kini});
    }
    template.batchUpdate(
        "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, status, status_verifikasi,"
            + " dibuat_pada, diubah_pada, versi) VALUES (?, ?, '33.74.01.1007', 'AKTIF',"
            + " 'TERVERIFIKASI', ?, ?, 0)",
        baris);
  }

  @Test
  void beyondAThousandTheTotalIsCappedAndSaidSo() {
    MvcTestResult r = api("q={q}", awalan);
    assertThat(r).hasStatusOk().hasHeader("X-Jumlah-Terbatas", "true");
    assertThat(r).bodyJson().extractingPath("$.total").isEqualTo(1001);
    assertThat(r).bodyJson().extractingPath("$.isi[0].nama").isEqualTo(awalan + " 0000");
    assertThat(mvc.get().uri("/umkm?q={q}", awalan).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Lebih dari 1.000 usaha cocok");
    assertThat(mvc.get().uri("/umkm?lang=en&q={q}", awalan).with(PenggunaUji.stafKota()))
        .bodyText()
        .contains("More than 1,000 businesses match");
    // Deeper pages count just past themselves: the last page is reachable and exact.
    MvcTestResult akhir = api("q={q}&ukuran=200&halaman=5", awalan);
    assertThat(akhir).hasStatusOk().doesNotContainHeader("X-Jumlah-Terbatas");
    assertThat(akhir).bodyJson().extractingPath("$.total").isEqualTo(1002);
    assertThat(akhir).bodyJson().extractingPath("$.isi[1].nama").isEqualTo(awalan + " 1001");
  }

  @Test
  void fewMatchesAreCountedExactlyAndFoundAlike() {
    MvcTestResult sedikit = api("q={q}", awalan + " 099");
    assertThat(sedikit).hasStatusOk().doesNotContainHeader("X-Jumlah-Terbatas");
    assertThat(sedikit).bodyJson().extractingPath("$.total").isEqualTo(10);
    assertThat(sedikit).bodyJson().extractingPath("$.isi[0].nama").isEqualTo(awalan + " 0990");
    // The same businesses through the many-matches shape: page 49 of the whole prefix.
    MvcTestResult banyak = api("q={q}&ukuran=20&halaman=49", awalan);
    assertThat(banyak).bodyJson().extractingPath("$.isi[10].nama").isEqualTo(awalan + " 0990");
    assertThat(banyak).bodyJson().extractingPath("$.isi[19].nama").isEqualTo(awalan + " 0999");
  }

  private MvcTestResult api(String query, Object... nilai) {
    return mvc.get().uri("/api/v1/umkm?" + query, nilai).with(PenggunaUji.stafKota()).exchange();
  }
}

package id.gerai.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Kota Semarang's forum (FGKS) is seeded once with its founding decree; other cities get none. */
@SpringBootTest
@AutoConfigureMockMvc
class ForumAwalTests {

  @Autowired MockMvcTester mvc;
  @Autowired ForumAwal awal;
  @Autowired JdbcClient jdbc;

  @Test
  void fgksIsSeededWithDecree518Of16December2019() {
    var json = assertThat(mvc.get().uri("/api/v1/forum").with(stafKota())).hasStatusOk().bodyJson();
    json.extractingPath("$.forum.singkatan").isEqualTo("FGKS");
    json.extractingPath("$.forum.nama").isEqualTo("Forum Gerai Kopi & Mi Semarang");
    json.extractingPath("$.forum.kodeWilayah").isEqualTo("33.74");
    json.extractingPath("$.suratKeputusan[?(@.nomor == '518/1255')].tanggal")
        .asArray()
        .containsExactly("2019-12-16");
    json.extractingPath("$.suratKeputusan[?(@.nomor == '518/1255')].penerbit")
        .asArray()
        .containsExactly("Wali Kota Semarang");
  }

  @Test
  void seedingTwiceChangesNothing() {
    awal.run(null);
    awal.semai("33.74");
    assertThat(jumlah("SELECT COUNT(*) FROM forum WHERE kode_wilayah = :v", "33.74")).isOne();
    assertThat(jumlah("SELECT COUNT(*) FROM surat_keputusan WHERE nomor = :v", "518/1255")).isOne();
  }

  @Test
  void anotherCityGetsNoForum() {
    awal.semai("33.71");
    assertThat(jumlah("SELECT COUNT(*) FROM forum WHERE kode_wilayah = :v", "33.71")).isZero();
  }

  private long jumlah(String sql, String nilai) {
    return PengurusUji.jumlah(jdbc, sql, nilai);
  }
}

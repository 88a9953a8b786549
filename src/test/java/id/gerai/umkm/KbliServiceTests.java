package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class KbliServiceTests {

  @Autowired KbliService kbli;
  @Autowired KbliLoader loader;
  @Autowired JdbcClient jdbc;

  @Test
  void theWholeKbli2020ListIsLoaded() {
    assertThat(jumlah(null)).isEqualTo(2710);
    assertThat(jumlah("kelompok")).isEqualTo(1789);
    assertThat(jumlah("subgolongan")).isEqualTo(567);
    assertThat(jumlah("golongan")).isEqualTo(245);
    assertThat(jumlah("golongan_pokok")).isEqualTo(88);
    assertThat(jumlah("kategori")).isEqualTo(21);
  }

  @Test
  void findsACodeWithItsLeadingZeroAndTitle() {
    assertThat(kbli.cari("01111"))
        .contains(new Kbli("01111", "kelompok", "0111", "Pertanian Jagung"));
    assertThat(kbli.cari("A")).get().extracting(Kbli::tingkat).isEqualTo("kategori");
    assertThat(kbli.cari("1111")).isEmpty();
    assertThat(kbli.cari(" ")).isEmpty();
  }

  @Test
  void keepsTitlesWithCommasWhole() {
    assertThat(kbli.cari("01119"))
        .get()
        .extracting(Kbli::judul)
        .isEqualTo(
            "Pertanian Serealia Lainnya, Aneka Kacang dan Biji-Bijian Penghasil Minyak Lainnya");
  }

  @Test
  void searchesTitlesIgnoringCase() {
    assertThat(kbli.cariJudul("JAGUNG", 50))
        .isNotEmpty()
        .allSatisfy(k -> assertThat(k.judul().toLowerCase()).contains("jagung"))
        .extracting(Kbli::kode)
        .contains("01111");
    assertThat(kbli.cariJudul("pertanian", 3)).hasSize(3);
    assertThat(kbli.cariJudul("100%", 10)).isEmpty();
    assertThat(kbli.cariJudul("x", 10)).isEmpty();
  }

  @Test
  void aBusinessNeedsAnExistingFiveDigitKelompok() {
    assertThat(kbli.periksa("01111").sah()).isTrue();
    assertThat(kbli.periksa("10792").sah()).isTrue();
    assertThat(kbli.periksa("99999").galat()).containsExactly("umkm.kbli.tidak-ada");
    assertThat(kbli.periksa("93232").galat()).containsExactly("umkm.kbli.tidak-ada");
    assertThat(kbli.periksa("abc").galat()).containsExactly("umkm.kbli.tidak-ada");
    assertThat(kbli.periksa(null).galat()).containsExactly("umkm.kbli.tidak-ada");
    assertThat(kbli.periksa("0111").galat()).containsExactly("umkm.kbli.bukan-kelompok");
    assertThat(kbli.periksa("A").galat()).containsExactly("umkm.kbli.bukan-kelompok");
  }

  @Test
  void aSecondLoadAddsNothing() {
    assertThat(loader.muatBilaPerlu()).isZero();
    assertThat(jumlah(null)).isEqualTo(2710);
  }

  private long jumlah(String tingkat) {
    String sql = "SELECT COUNT(*) FROM kbli WHERE versi = '2020'";
    if (tingkat == null) {
      return jdbc.sql(sql).query(Long.class).single();
    }
    return jdbc.sql(sql + " AND tingkat = :t").param("t", tingkat).query(Long.class).single();
  }
}

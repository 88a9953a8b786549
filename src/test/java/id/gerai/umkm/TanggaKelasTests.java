package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The size-class rung: each class of the latest year gives the next class and a step that names the
 * PP 7/2021 sales ceiling of its class, in both languages.
 */
class TanggaKelasTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {"MIKRO, KECIL", "KECIL, MENENGAH", "MENENGAH, BESAR", "BESAR, -"})
  void eachClassPointsToTheNextOne(KelasUsaha kelas, KelasUsaha berikutnya) {
    TanggaKelas t = TanggaKelas.dari(kelas, 2025, DasarKriteria.PP_7_2021);
    assertThat(t.kelas()).isEqualTo(kelas);
    assertThat(t.tahun()).isEqualTo(2025);
    assertThat(t.berikutnya()).isEqualTo(berikutnya);
    assertThat(t.kunciLangkah()).isEqualTo("umkm.kelas.tangga.langkah." + kelas.name());
    assertThat(t.kunciNama()).isEqualTo("umkm.kelas.nama." + kelas.name());
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
    "MIKRO, Rp2 miliar, Rp2 billion",
    "KECIL, Rp15 miliar, Rp15 billion",
    "MENENGAH, Rp50 miliar, Rp50 billion",
    "BESAR, Rp50 miliar, Rp50 billion"
  })
  void theStepNamesTheSalesCeilingOfTheRuleInBothLanguages(KelasUsaha kelas, String id, String en)
      throws IOException {
    String kunci = TanggaKelas.dari(kelas, 2024, DasarKriteria.PP_7_2021).kunciLangkah();
    assertThat(bundel("")).containsKey(kunci);
    assertThat(bundel("").getProperty(kunci)).contains(id);
    assertThat(bundel("_en").getProperty(kunci)).contains(en);
    // The amount in the words is the ceiling of the class in the PP 7/2021 table.
    KelasUsaha batas = kelas == KelasUsaha.BESAR ? KelasUsaha.MENENGAH : kelas;
    BigDecimal miliar =
        TanggaKelas.ATURAN.tabel().stream()
            .filter(k -> k.ukuran() == KriteriaKelas.Ukuran.OMZET_TAHUNAN && k.kelas() == batas)
            .findFirst()
            .orElseThrow()
            .batasAtas()
            .movePointLeft(9);
    assertThat(id).isEqualTo("Rp" + miliar.stripTrailingZeros().toPlainString() + " miliar");
  }

  @Test
  void noFiguresMeansUnknownAndOldFiguresAskForNewOnes() {
    assertThat(TanggaKelas.dari((AngkaTahunan) null)).isEqualTo(TanggaKelas.TIDAK_DIKETAHUI);
    assertThat(TanggaKelas.TIDAK_DIKETAHUI.diketahui()).isFalse();
    assertThat(TanggaKelas.TIDAK_DIKETAHUI.kunciLangkah())
        .isEqualTo("umkm.kelas.tangga.langkah.kosong");
    TanggaKelas lama = TanggaKelas.dari(KelasUsaha.MIKRO, 2019, DasarKriteria.UU_20_2008);
    assertThat(lama.kelas()).isEqualTo(KelasUsaha.MIKRO);
    assertThat(lama.kunciLangkah()).isEqualTo("umkm.kelas.tangga.langkah.perbarui");
  }

  @Test
  void theLadderResultCarriesTheSizeClass() {
    KondisiUsaha k = new KondisiUsaha(KondisiUsaha.jenis(), null, false, false, null);
    TanggaKelas kelas = TanggaKelas.dari(KelasUsaha.KECIL, 2025, DasarKriteria.PP_7_2021);
    TanggaHasil h = TanggaNaikKelas.nilai(k, kelas);
    assertThat(h.kelas()).isEqualTo(kelas);
    assertThat(h.berikutnya()).isEqualTo(TanggaJenjang.LEGAL);
    assertThat(TanggaNaikKelas.nilai(k).kelas()).isEqualTo(TanggaKelas.TIDAK_DIKETAHUI);
  }

  private static Properties bundel(String akhiran) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        TanggaKelasTests.class.getResourceAsStream("/i18n/umkm-kelas" + akhiran + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplikatNamaTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Toko Lumpia Gang Lombok|lumpia gang lombok",
        "UD. Bandeng  Juwana|bandeng juwana",
        "CV Maju-Jaya|maju jaya",
        "Warung Bu Tini!|tini",
        "  WINGKO   BABAT  |wingko babat",
        "Toko Warung|''",
      })
  void normalisesNames(String nama, String normal) {
    assertThat(DuplikatNama.normalkan(nama)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Toko Lumpia Gang Lombok|Lumpia Gang Lombok|true",
        "UD Bandeng Juwana|Bandeng Juwana Elrina|true",
        "CV. Maju Jaya|maju jaya|true",
        "Lumpia Gang Lombok|Bandeng Juwana|false",
        "Toko|Warung|false",
      })
  void comparesNames(String a, String b, boolean mirip) {
    assertThat(DuplikatNama.mirip(a, b)).isEqualTo(mirip);
    assertThat(DuplikatNama.mirip(b, a)).isEqualTo(mirip);
  }
}

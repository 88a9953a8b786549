package id.gerai.koperasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an imported amount is read: Indonesian, a spreadsheet's number, a loss; never a guess. */
class LaporanKeuanganImporAngkaTests {

  @Test
  void indonesianAndSpreadsheetFormsAreRead() {
    assertThat(baca("1.500.000")).isEqualByComparingTo("1500000");
    assertThat(baca("1.500.000,50")).isEqualByComparingTo("1500000.50");
    assertThat(baca("Rp 1.500")).isEqualByComparingTo("1500");
    assertThat(baca("1500000")).isEqualByComparingTo("1500000");
    assertThat(baca("1500000.25")).isEqualByComparingTo("1500000.25");
    assertThat(baca("1,500,000.25")).isEqualByComparingTo("1500000.25");
    assertThat(baca("1.5")).isEqualByComparingTo("1.5");
  }

  @Test
  void aLossHasAMinusSignOrBrackets() {
    assertThat(baca("-50")).isEqualByComparingTo("-50");
    assertThat(baca("−1.000")).isEqualByComparingTo("-1000");
    assertThat(baca("(1.000)")).isEqualByComparingTo("-1000");
  }

  @Test
  void anythingElseIsNotRead() {
    assertThat(LaporanKeuanganImporAngka.baca("seribu")).isEmpty();
    assertThat(LaporanKeuanganImporAngka.baca("1.5E11")).isEmpty();
    assertThat(LaporanKeuanganImporAngka.baca("1.50.000")).isEmpty();
    assertThat(LaporanKeuanganImporAngka.baca("12345678901234567")).isEmpty();
    assertThat(LaporanKeuanganImporAngka.baca("1234567890123456")).isPresent();
  }

  private static BigDecimal baca(String s) {
    return LaporanKeuanganImporAngka.baca(s).orElseThrow();
  }
}

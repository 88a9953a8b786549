package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UangIndonesiaTests {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.500.000|1500000",
        "1500000|1500000",
        "1.500.000,00|1500000.00",
        "1.500.000,5|1500000.5",
        "Rp 1.500.000|1500000",
        "Rp1.500.000|1500000",
        "Rp. 2.000.000.001|2000000001",
        "  750.000  |750000",
        "0|0",
        "999|999",
        "12,25|12.25",
        "2.000.000.000.000.000|2000000000000000"
      })
  void readsIndonesianAmounts(String teks, String nilai) {
    assertThat(UangIndonesia.baca(teks)).hasValue(new BigDecimal(nilai));
  }

  @ParameterizedTest(name = "\"{0}\" is not an amount")
  @ValueSource(
      strings = {
        "1,500,000",
        "1.5",
        "1.50.000",
        "1500.000,00.00",
        "1.500.000,123",
        "-1.000",
        "satu juta",
        "1 500 000",
        "1.500.000,",
        ".500",
        "1e6",
        "US$ 100",
        "20.000.000.000.000.000"
      })
  void refusesAnythingElse(String teks) {
    assertThat(UangIndonesia.baca(teks)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void blankIsNoAmountAndCountsAsEmpty(String teks) {
    assertThat(UangIndonesia.baca(teks)).isEmpty();
    assertThat(UangIndonesia.kosong(teks)).isTrue();
  }
}

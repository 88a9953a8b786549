package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NibTests {

  @ParameterizedTest(name = "{0} valid: {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "1234567890123, true",
        "'1234 5678 90123', true",
        "0220001234567, true",
        "123456789012, false",
        "12345678901234, false",
        "12345678901A3, false",
        "'', false",
        "-, false",
      })
  void needsExactlyThirteenDigits(String nib, boolean sah) {
    HasilPeriksa hasil = Nib.periksa(nib);

    assertThat(hasil.sah()).isEqualTo(sah);
    assertThat(hasil.galat())
        .isEqualTo(sah ? java.util.List.of() : java.util.List.of("umkm.nib.tidak-sah"));
    assertThat(hasil.peringatan()).isEmpty();
  }
}

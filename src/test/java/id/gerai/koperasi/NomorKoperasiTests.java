package id.gerai.koperasi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numbers' pattern checks only warn (DOMAIN.md 3: neither format is confirmed). */
class NomorKoperasiTests {

  @Test
  void theAhuAndTheOldFormsPass() {
    assertThat(NomorKoperasi.peringatan("AHU-0001234.AH.01.26.TAHUN 2021", null)).isEmpty();
    assertThat(NomorKoperasi.peringatan("AHU-123456.AH.01.26.TAHUN 2019", null)).isEmpty();
    assertThat(NomorKoperasi.peringatan("1234/BH/XIV/1998", null)).isEmpty();
    assertThat(NomorKoperasi.peringatan("518/BH/KDK.11/IV/2005", null)).isEmpty();
  }

  @Test
  void otherLegalEntityNumbersWarn() {
    assertThat(NomorKoperasi.peringatan("AHU-12345.AH.01.26.TAHUN 2021", null))
        .containsExactly("koperasi.peringatan.badan-hukum");
    assertThat(NomorKoperasi.peringatan("nomor entah", null))
        .containsExactly("koperasi.peringatan.badan-hukum");
  }

  @Test
  void aCooperativeNumberOf16DigitsPassesAndOthersWarn() {
    assertThat(NomorKoperasi.peringatan(null, "3374010010001234")).isEmpty();
    assertThat(NomorKoperasi.peringatan(null, "337401001000123"))
        .containsExactly("koperasi.peringatan.nik-koperasi");
    assertThat(NomorKoperasi.peringatan(null, "33740100100012AB"))
        .containsExactly("koperasi.peringatan.nik-koperasi");
  }

  @Test
  void separatorsAreDroppedFromTheCooperativeNumber() {
    assertThat(NomorKoperasi.rapikanNik(" 3374.0100-1000 1234 ")).isEqualTo("3374010010001234");
    assertThat(NomorKoperasi.rapikanNik("  ")).isNull();
  }
}

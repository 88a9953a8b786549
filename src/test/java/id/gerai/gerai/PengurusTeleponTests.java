package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phone numbers are personal data: masked for everyone but Dinkop staff. */
class PengurusTeleponTests {

  @Test
  void keepsTheFirstFourAndLastThreeDigits() {
    assertThat(PengurusTelepon.samarkan("081234567789")).isEqualTo("0812****789");
    assertThat(PengurusTelepon.samarkan("+6281234567789")).isEqualTo("+628****789");
  }

  @Test
  void aShortNumberShowsNothing() {
    assertThat(PengurusTelepon.samarkan("02476543")).isEqualTo("****");
    assertThat(PengurusTelepon.samarkan(null)).isNull();
  }

  @Test
  void tidyingRemovesSeparatorsAndBlankBecomesNull() {
    assertThat(PengurusTelepon.rapikan("0812-3456 7789")).isEqualTo("081234567789");
    assertThat(PengurusTelepon.rapikan("  ")).isNull();
  }

  @Test
  void aValidNumberHasEightToFifteenDigits() {
    assertThat(PengurusTelepon.sah("0812-3456-7789")).isTrue();
    assertThat(PengurusTelepon.sah("+62 812 3456 7789")).isTrue();
    assertThat(PengurusTelepon.sah("")).isTrue();
    assertThat(PengurusTelepon.sah("1234567")).isFalse();
    assertThat(PengurusTelepon.sah("1234567890123456789")).isFalse();
    assertThat(PengurusTelepon.sah("0812abc4567")).isFalse();
  }
}

package id.gerai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.web.WhatsApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Click-to-chat links: every way people write an Indonesian mobile number, and what is refused. */
class TautanWhatsAppTests {

  @ParameterizedTest
  @CsvSource({
    "0812-3456-7890, 6281234567890",
    "+62 812 3456 7890, 6281234567890",
    "6281234567890, 6281234567890",
    "(0812) 345.678, 62812345678",
    "08123456, 628123456",
    "0812345678901, 62812345678901"
  })
  void writtenFormsBecomeDigitsWithTheCountryCode(String telepon, String digit) {
    assertThat(TautanWhatsApp.digit(telepon)).isEqualTo(digit);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "024 3551234",
        "+1 415 555 0100",
        "0812abc",
        "081",
        "08123456789012345",
        "0800123456",
        "812345678"
      })
  void unusableNumbersGiveNoLink(String telepon) {
    assertThat(TautanWhatsApp.digit(telepon)).isNull();
    assertThat(new WhatsApp().tautan(telepon, "Halo")).isNull();
  }

  @Test
  void theMessageIsPercentEncodedWithSpacesAsPercent20() {
    assertThat(TautanWhatsApp.buat("0812-3456-7890", "Halo Bu Sri, soal PIRT & izin: 100%?"))
        .isEqualTo(
            "https://wa.me/6281234567890?text=Halo%20Bu%20Sri%2C%20soal%20PIRT%20%26%20izin"
                + "%3A%20100%25%3F");
  }

  @Test
  void nonAsciiTextIsUtf8() {
    assertThat(TautanWhatsApp.buat("081234567890", "Kopi ☕")).endsWith("?text=Kopi%20%E2%98%95");
  }

  @Test
  void theTemplateBeanGivesTheSameLink() {
    assertThat(new WhatsApp().tautan("+62 812 3456 7890", "Halo"))
        .isEqualTo("https://wa.me/6281234567890?text=Halo");
  }

  @Test
  void aBlankMessageGivesTheBareLink() {
    assertThat(TautanWhatsApp.buat("081234567890", " ")).isEqualTo("https://wa.me/6281234567890");
    assertThat(TautanWhatsApp.buat("081234567890", null)).isEqualTo("https://wa.me/6281234567890");
  }
}

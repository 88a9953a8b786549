package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the know-how must never show: NIKs, phone numbers, e-mails and the names of the case. */
class AnonimkanTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NIK saya 3374012309850001 ya | NIK saya [NIK] ya",
        "NIK 337401.230985.0001 | NIK [NIK]",
        "hubungi 081234567890 | hubungi [telepon]",
        "hubungi 0812-3456-7890 | hubungi [telepon]",
        "hubungi +62 812 3456 7890 | hubungi [telepon]",
        "WA 6281234567890. | WA [telepon].",
        "surel sri@contoh.id | surel [email]",
        "omzet 15000000 per bulan | omzet 15000000 per bulan",
        "tahun 2024 naik 30 persen | tahun 2024 naik 30 persen"
      })
  void numbersThatIdentifyAPersonAreStrippedOthersStay(String masuk, String keluar) {
    assertThat(Anonimkan.teks(masuk, List.of())).isEqualTo(keluar.strip());
  }

  @Test
  void theBusinessAndOwnerNamesGoWhateverTheirCase() {
    String teks =
        "Kedai Mbok Sutarmi butuh PIRT. sutarmi sudah ke puskesmas; KEDAI MBOK SUTARMI juga jual"
            + " kopi.";
    assertThat(Anonimkan.teks(teks, List.of("Kedai Mbok Sutarmi", "Sutarmi Wulandari")))
        .isEqualTo("[nama] butuh PIRT. [nama] sudah ke puskesmas; [nama] juga jual kopi.")
        .doesNotContainIgnoringCase("sutarmi")
        .doesNotContainIgnoringCase("wulandari");
  }

  @Test
  void commonWordsOfABusinessNameStay() {
    assertThat(Anonimkan.teks("Warung kopi butuh modal", List.of("Warung Kopi Joyo")))
        .isEqualTo("Warung kopi butuh modal");
  }
}

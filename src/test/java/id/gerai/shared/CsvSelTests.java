package id.gerai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvSelTests {

  @Test
  void quotesOnlyCellsHoldingTheSeparatorAQuoteOrALineBreak() {
    assertThat(CsvSel.sel("Toko; \"Maju\"")).isEqualTo("\"Toko; \"\"Maju\"\"\"");
    assertThat(CsvSel.sel("baris\nbaru")).isEqualTo("\"baris\nbaru\"");
    assertThat(CsvSel.sel("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(CsvSel.sel("Biasa, saja")).isEqualTo("Biasa, saja");
    assertThat(CsvSel.sel(null)).isEmpty();
  }

  @Test
  void disarmsWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(CsvSel.sel("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvSel.sel("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvSel.sel("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvSel.sel("-2+3+cmd|x")).isEqualTo("'-2+3+cmd|x");
    assertThat(CsvSel.sel("\tx")).isEqualTo("'\tx");
  }

  @Test
  void leavesNumbersAndPhoneNumbersAsTheyAre() {
    assertThat(CsvSel.sel("+62 812-3456-7890")).isEqualTo("+62 812-3456-7890");
    assertThat(CsvSel.sel("+6281234567890")).isEqualTo("+6281234567890");
    assertThat(CsvSel.sel("-1.500.000,50")).isEqualTo("-1.500.000,50");
    assertThat(CsvSel.sel("(021) 555")).isEqualTo("(021) 555");
    assertThat(CsvSel.sel("Warung Bu Sri")).isEqualTo("Warung Bu Sri");
  }

  @Test
  void aLineJoinsItsCellsWithTheSeparatorAndEndsWithCrLf() {
    assertThat(CsvSel.baris(Arrays.asList("a", null, "b;c"))).isEqualTo("a;;\"b;c\"\r\n");
  }
}

package id.gerai.koperasi.web;

import id.gerai.umkm.UangIndonesia;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Numbers as Indonesians write them (dots group thousands, a comma starts decimals), for the
 * statements form, the worksheet page and its PDF: {@code @kesehatanFormat.angka(x)} in templates.
 */
@Component("kesehatanFormat")
public class KesehatanFormat {

  /** An amount: whole rupiah without decimals, else two; blank for null. */
  public String angka(BigDecimal v) {
    if (v == null) {
      return "";
    }
    boolean bulat = v.stripTrailingZeros().scale() <= 0;
    return pola(bulat ? "#,##0" : "#,##0.00").format(v);
  }

  /** A ratio, value or score with two decimals; blank for null. */
  public String desimal(BigDecimal v) {
    return v == null ? "" : pola("#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP));
  }

  /** Reads a form amount: Indonesian format, with a leading minus sign allowed (a loss). */
  public static Optional<BigDecimal> baca(String teks) {
    if (teks == null) {
      return Optional.empty();
    }
    String t = teks.strip().replace('−', '-');
    boolean negatif = t.startsWith("-");
    return UangIndonesia.baca(negatif ? t.substring(1) : t).map(v -> negatif ? v.negate() : v);
  }

  private static DecimalFormat pola(String p) {
    DecimalFormatSymbols s = new DecimalFormatSymbols();
    s.setGroupingSeparator('.');
    s.setDecimalSeparator(',');
    s.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(p, s);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }
}

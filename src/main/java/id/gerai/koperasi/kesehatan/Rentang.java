package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interval of ratios or scores written the way mathematicians do: {@code [60,70)}, {@code
 * (20,40]}, {@code (-inf,5)}, {@code [90,inf)}. A null bound is infinite. Writing the brackets
 * makes every boundary explicit in the data file, which is where the regulation's tables are
 * ambiguous.
 */
public record Rentang(
    BigDecimal bawah, boolean bawahInklusif, BigDecimal atas, boolean atasInklusif) {

  private static final Pattern BENTUK =
      Pattern.compile(
          "([\\[(])\\s*(-inf|-?\\d+(?:\\.\\d+)?)\\s*,\\s*(inf|-?\\d+(?:\\.\\d+)?)\\s*([\\])])");

  /** Reads an interval; a malformed or empty one is an {@link IllegalArgumentException}. */
  public static Rentang baca(String teks) {
    Matcher m = BENTUK.matcher(teks == null ? "" : teks.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(String.valueOf(teks));
    }
    BigDecimal bawah = m.group(2).equals("-inf") ? null : new BigDecimal(m.group(2));
    BigDecimal atas = m.group(3).equals("inf") ? null : new BigDecimal(m.group(3));
    boolean bawahInklusif = m.group(1).equals("[");
    boolean atasInklusif = m.group(4).equals("]");
    if ((bawah == null && bawahInklusif) || (atas == null && atasInklusif)) {
      throw new IllegalArgumentException(teks);
    }
    if (bawah != null && atas != null) {
      int c = bawah.compareTo(atas);
      if (c > 0 || (c == 0 && !(bawahInklusif && atasInklusif))) {
        throw new IllegalArgumentException(teks);
      }
    }
    return new Rentang(bawah, bawahInklusif, atas, atasInklusif);
  }

  public boolean memuat(BigDecimal x) {
    return diAtasBawah(x) && diBawahAtas(x);
  }

  /** Whether the interval reaches plus infinity (a ratio with a zero denominator). */
  public boolean sampaiTakHingga() {
    return atas == null;
  }

  public boolean dariMinusTakHingga() {
    return bawah == null;
  }

  private boolean diAtasBawah(BigDecimal x) {
    if (bawah == null) {
      return true;
    }
    int c = x.compareTo(bawah);
    return c > 0 || (c == 0 && bawahInklusif);
  }

  private boolean diBawahAtas(BigDecimal x) {
    if (atas == null) {
      return true;
    }
    int c = x.compareTo(atas);
    return c < 0 || (c == 0 && atasInklusif);
  }

  /** Whether this interval ends exactly where the next one begins, with no gap and no overlap. */
  public boolean bersambungDengan(Rentang berikut) {
    return atas != null
        && berikut.bawah != null
        && atas.compareTo(berikut.bawah) == 0
        && atasInklusif != berikut.bawahInklusif;
  }
}

package id.gerai.umkm;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rupiah amount as Indonesians write it: dots group thousands, a comma starts the cents
 * ({@code 1.500.000}, {@code 1500000}, {@code 1.500.000,50}, {@code Rp 1.500.000}). Anything else
 * (a dot that does not group three digits, letters, a minus sign, more than two decimals) is not
 * read at all: the caller reports it, never guesses.
 */
public final class UangIndonesia {

  private static final Pattern BENTUK =
      Pattern.compile("(?:rp\\.?\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?");

  /** At most this many digits before the decimal comma (NUMERIC(18, 2)). */
  private static final int DIGIT_MAKS = 16;

  private UangIndonesia() {}

  /** The amount, or empty when the text is not a rupiah amount; blank text is also empty. */
  public static Optional<BigDecimal> baca(String teks) {
    if (teks == null) {
      return Optional.empty();
    }
    Matcher m = BENTUK.matcher(teks.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String bulat = m.group(1).replace(".", "");
    if (bulat.replaceFirst("^0+(?=\\d)", "").length() > DIGIT_MAKS) {
      return Optional.empty();
    }
    String sen = m.group(2);
    return Optional.of(new BigDecimal(sen == null ? bulat : bulat + "." + sen));
  }

  /** Whether the text is blank (no amount given, which is not an error by itself). */
  public static boolean kosong(String teks) {
    return teks == null || teks.isBlank();
  }
}

package id.gerai.koperasi;

import id.gerai.umkm.UangIndonesia;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an imported amount: as Indonesians write it ({@code 1.500.000}, {@code 1.500.000,50},
 * {@code Rp 1.500.000}), as a spreadsheet gives a number cell ({@code 1500000.5}, {@code
 * 1,500,000.50}), with a leading minus sign or accounting brackets for a loss. A dot followed by
 * exactly three digits groups thousands ({@code 1.500} is 1500). Anything else is not read: the row
 * reports it, never guesses.
 */
final class LaporanKeuanganImporAngka {

  private static final Pattern INGGRIS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern POLOS = Pattern.compile("\\d+\\.\\d+");

  private LaporanKeuanganImporAngka() {}

  static Optional<BigDecimal> baca(String teks) {
    String t = teks.strip().replace('−', '-');
    boolean negatif = t.startsWith("-") || (t.startsWith("(") && t.endsWith(")"));
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    } else if (negatif) {
      t = t.substring(1).strip();
    }
    Optional<BigDecimal> v = UangIndonesia.baca(t);
    if (v.isEmpty() && INGGRIS.matcher(t).matches()) {
      v = Optional.of(new BigDecimal(t.replace(",", "")));
    } else if (v.isEmpty() && POLOS.matcher(t).matches()) {
      v = Optional.of(new BigDecimal(t));
    }
    return negatif ? v.map(BigDecimal::negate) : v;
  }
}

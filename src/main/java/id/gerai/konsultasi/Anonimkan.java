package id.gerai.konsultasi;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what obviously identifies a person from a text that becomes public know-how: 16-digit
 * NIKs, Indonesian phone numbers, e-mail addresses, and the names given (the business, its owner).
 * The solver is asked not to write personal data; this catches what slips through.
 */
public final class Anonimkan {

  static final String NIK = "[NIK]";
  static final String TELEPON = "[telepon]";
  static final String EMAIL = "[email]";
  static final String NAMA = "[nama]";

  private static final Pattern POLA_NIK =
      Pattern.compile("(?<!\\d)\\d{6}[ .-]?\\d{6}[ .-]?\\d{4}(?!\\d)");
  private static final Pattern POLA_TELEPON =
      Pattern.compile("(?<![\\d+])(?:\\+62|62|0)[ .-]?8\\d(?:[ .-]?\\d){6,11}(?!\\d)");
  private static final Pattern POLA_EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private Anonimkan() {}

  /** The text with NIKs, phones, e-mails and the given names replaced by placeholders. */
  public static String teks(String teks, List<String> namaTerlarang) {
    if (teks == null) {
      return null;
    }
    String hasil = POLA_EMAIL.matcher(teks).replaceAll(Matcher.quoteReplacement(EMAIL));
    hasil = POLA_NIK.matcher(hasil).replaceAll(Matcher.quoteReplacement(NIK));
    hasil = POLA_TELEPON.matcher(hasil).replaceAll(Matcher.quoteReplacement(TELEPON));
    for (String nama : namaTerlarang) {
      hasil = tanpaNama(hasil, nama);
    }
    return hasil;
  }

  private static String tanpaNama(String teks, String nama) {
    if (nama == null || nama.strip().length() < 3) {
      return teks;
    }
    Pattern p =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(nama.strip()) + "(?![\\p{L}\\p{N}])");
    String hasil = p.matcher(teks).replaceAll(Matcher.quoteReplacement(NAMA));
    // A business name often carries its owner's first name alone too (Warung Bu Sri): the words
    // of the name that are long enough and not common words go as well.
    for (String kata : nama.strip().split("\\s+")) {
      if (kata.length() >= 4 && !UMUM.contains(kata.toLowerCase(Locale.ROOT))) {
        hasil =
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(kata) + "(?![\\p{L}\\p{N}])")
                .matcher(hasil)
                .replaceAll(Matcher.quoteReplacement(NAMA));
      }
    }
    return hasil;
  }

  private static final java.util.Set<String> UMUM =
      java.util.Set.of(
          "warung",
          "toko",
          "usaha",
          "kedai",
          "dapur",
          "rumah",
          "makan",
          "kopi",
          "jaya",
          "abadi",
          "sejahtera",
          "makmur",
          "bakery",
          "snack",
          "catering",
          "katering",
          "laundry",
          "bengkel",
          "kios",
          "depot",
          "sentosa",
          "mandiri",
          "berkah",
          "barokah",
          "keripik",
          "kerupuk",
          "batik",
          "jahit",
          "konveksi",
          "kue",
          "roti",
          "bakso",
          "soto",
          "mie",
          "sari",
          "indah",
          "baru");
}

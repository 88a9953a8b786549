package id.gerai.umkm;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Business names compared for duplicates: lower case, punctuation and common words (toko, warung,
 * UD, CV, …) removed, spaces collapsed; two names are similar when their normal forms are equal or
 * one contains the other.
 */
public final class DuplikatNama {

  private static final Set<String> KATA_UMUM =
      Set.of(
          "toko",
          "warung",
          "ud",
          "cv",
          "pt",
          "kedai",
          "usaha",
          "dagang",
          "rumah",
          "makan",
          "bu",
          "pak",
          "ibu",
          "bapak",
          "koperasi",
          "home",
          "industri");

  private DuplikatNama() {}

  /** The normal form of a name; empty for null or a name of only common words. */
  public static String normalkan(String nama) {
    if (nama == null) {
      return "";
    }
    String tanpaAksen = Normalizer.normalize(nama, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String huruf = tanpaAksen.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
    return Arrays.stream(huruf.strip().split("\\s+"))
        .filter(k -> !k.isEmpty() && !KATA_UMUM.contains(k))
        .collect(Collectors.joining(" "));
  }

  /** Whether two names are likely the same business. Empty normal forms are never similar. */
  public static boolean mirip(String a, String b) {
    String x = normalkan(a);
    String y = normalkan(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.equals(y) || x.contains(y) || y.contains(x);
  }
}

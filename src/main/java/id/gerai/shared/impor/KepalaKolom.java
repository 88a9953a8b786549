package id.gerai.shared.impor;

import java.util.Locale;

/** How an import compares headers and names: case, dots, a BOM and spacing ignored. */
public final class KepalaKolom {

  private KepalaKolom() {}

  public static String rapikan(String s) {
    return s == null
        ? ""
        : s.replace("\uFEFF", "")
            .toLowerCase(Locale.ROOT)
            .replace(".", " ")
            .replaceAll("\\s+", " ")
            .strip();
  }
}

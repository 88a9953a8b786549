package id.gerai.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cells of the CSV files Gerai writes (exports, rejected import rows): separated by {@code ;}
 * as Excel reads them in Indonesia, quoted when a cell holds the separator, a quote or a line
 * break. A text a spreadsheet would run as a formula ({@code =}, {@code @}, or {@code +}/{@code -}
 * followed by more than a number) gets a leading apostrophe; numbers and phone numbers such as
 * {@code +62 812-3456-7890} or {@code -1.500} stay as they are, so a corrected file imports again.
 */
public final class CsvSel {

  public static final char PEMISAH = ';';

  private static final Pattern ANGKA = Pattern.compile("[+-][0-9 .,()+-]*");

  private CsvSel() {}

  /** One cell; null is empty. */
  public static String sel(String s) {
    String v = aman(s == null ? "" : s);
    boolean kutip =
        v.indexOf(PEMISAH) >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
    return kutip ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** A line of cells, ended by CRLF. */
  public static String baris(List<String> sel) {
    return sel.stream().map(CsvSel::sel).collect(Collectors.joining(String.valueOf(PEMISAH)))
        + "\r\n";
  }

  /** A rejected row as read, and the text of its errors. */
  public record Tolakan(List<String> sel, String galat) {}

  /**
   * The rejected rows of an import as a file to correct and upload again: the header with an error
   * column added, each row padded to the header and followed by its errors; UTF-8 with a BOM so
   * Excel reads it as such.
   */
  public static byte[] tolakan(List<String> kepala, String kolomGalat, List<Tolakan> baris) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    List<String> judul = new ArrayList<>(kepala);
    judul.add(kolomGalat);
    sb.append(baris(judul));
    for (Tolakan t : baris) {
      List<String> sel = new ArrayList<>(t.sel());
      while (sel.size() < kepala.size()) {
        sel.add("");
      }
      sel.add(t.galat());
      sb.append(baris(sel));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String aman(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char c = v.charAt(0);
    boolean rumus =
        c == '='
            || c == '@'
            || c == '\t'
            || ((c == '+' || c == '-') && !ANGKA.matcher(v).matches());
    return rumus ? "'" + v : v;
  }
}

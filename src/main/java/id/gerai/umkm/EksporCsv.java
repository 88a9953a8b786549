package id.gerai.umkm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * CSV as Excel with Indonesian settings opens it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF line ends, RFC 4180 quoting. A text cell starting with {@code = + - @} gets a
 * leading apostrophe so a spreadsheet never runs it as a formula.
 */
final class EksporCsv implements EksporPenulis {

  private static final char PEMISAH = ';';
  private final Writer keluar;

  EksporCsv(OutputStream keluar) {
    this.keluar = new BufferedWriter(new OutputStreamWriter(keluar, StandardCharsets.UTF_8));
  }

  @Override
  public void judul(String[] kolom) throws IOException {
    keluar.write('\uFEFF');
    tulis(kolom);
  }

  @Override
  public void baris(EksporBaris b) throws IOException {
    String[] sel = b.sel();
    sel[0] = aman(sel[0]);
    sel[1] = aman(sel[1]);
    tulis(sel);
  }

  @Override
  public void selesai() throws IOException {
    keluar.flush();
  }

  @Override
  public void close() {}

  private void tulis(String[] sel) throws IOException {
    for (int i = 0; i < sel.length; i++) {
      if (i > 0) {
        keluar.write(PEMISAH);
      }
      keluar.write(kutip(sel[i]));
    }
    keluar.write("\r\n");
  }

  static String kutip(String s) {
    if (s.indexOf(PEMISAH) < 0
        && s.indexOf('"') < 0
        && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  static String aman(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}

package id.gerai.umkm;

import id.gerai.shared.CsvSel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CSV as Excel with Indonesian settings opens it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF line ends, RFC 4180 quoting. A text cell starting with {@code = + - @} gets a
 * leading apostrophe so a spreadsheet never runs it as a formula.
 */
final class EksporCsv implements EksporPenulis {

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
    tulis(b.sel());
  }

  @Override
  public void selesai() throws IOException {
    keluar.flush();
  }

  @Override
  public void close() {}

  private void tulis(String[] sel) throws IOException {
    keluar.write(CsvSel.baris(Arrays.asList(sel)));
  }
}

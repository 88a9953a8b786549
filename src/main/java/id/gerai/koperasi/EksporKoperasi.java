package id.gerai.koperasi;

import id.gerai.shared.CsvSel;
import id.gerai.umkm.EksporFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the cooperative list as the UMKM export does: CSV as Excel with Indonesian settings opens
 * it (UTF-8 with a byte order mark, {@code ;}, CRLF, RFC 4180 quoting, a text starting with {@code
 * = + - @} defused by an apostrophe), or XLSX with POI's streaming workbook (a small window of rows
 * in memory).
 */
abstract class EksporKoperasi implements AutoCloseable {

  static EksporKoperasi untuk(EksporFormat format, OutputStream keluar) {
    return format == EksporFormat.XLSX ? new Xlsx(keluar) : new Csv(keluar);
  }

  abstract void baris(String[] sel) throws IOException;

  abstract void selesai() throws IOException;

  @Override
  public void close() throws IOException {}

  private static final class Csv extends EksporKoperasi {

    private final Writer keluar;
    private boolean awal = true;

    Csv(OutputStream keluar) {
      this.keluar = new BufferedWriter(new OutputStreamWriter(keluar, StandardCharsets.UTF_8));
    }

    @Override
    void baris(String[] sel) throws IOException {
      if (awal) {
        keluar.write('\uFEFF');
        awal = false;
      }
      keluar.write(CsvSel.baris(Arrays.asList(sel)));
    }

    @Override
    void selesai() throws IOException {
      keluar.flush();
    }
  }

  private static final class Xlsx extends EksporKoperasi {

    private final OutputStream keluar;
    private final SXSSFWorkbook buku = new SXSSFWorkbook(100);
    private final SXSSFSheet lembar = buku.createSheet("Koperasi");
    private int nomor;

    Xlsx(OutputStream keluar) {
      this.keluar = keluar;
    }

    @Override
    void baris(String[] sel) {
      Row row = lembar.createRow(nomor++);
      for (int i = 0; i < sel.length; i++) {
        row.createCell(i).setCellValue(sel[i]);
      }
    }

    @Override
    void selesai() throws IOException {
      buku.write(keluar);
      keluar.flush();
    }

    @Override
    public void close() throws IOException {
      buku.dispose();
      buku.close();
    }
  }
}

package id.gerai.umkm;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming API: only a small window of rows is in memory, the
 * rest goes to a temporary file that is deleted when the workbook closes.
 */
final class EksporXlsx implements EksporPenulis {

  private static final int JENDELA = 100;
  private static final int KOLOM_TAHUN = 12;

  private final OutputStream keluar;
  private final SXSSFWorkbook buku = new SXSSFWorkbook(JENDELA);
  private final SXSSFSheet lembar = buku.createSheet("UMKM");
  private int nomor;

  EksporXlsx(OutputStream keluar) {
    this.keluar = keluar;
  }

  @Override
  public void judul(String[] kolom) {
    tulis(kolom, false);
  }

  @Override
  public void baris(EksporBaris b) {
    tulis(b.sel(), true);
  }

  @Override
  public void selesai() throws IOException {
    buku.write(keluar);
    keluar.flush();
  }

  @Override
  public void close() throws IOException {
    buku.dispose();
    buku.close();
  }

  private void tulis(String[] sel, boolean data) {
    Row row = lembar.createRow(nomor++);
    for (int i = 0; i < sel.length; i++) {
      if (data && i == KOLOM_TAHUN && !sel[i].isEmpty()) {
        row.createCell(i).setCellValue(Integer.parseInt(sel[i]));
      } else {
        row.createCell(i).setCellValue(sel[i]);
      }
    }
  }
}

package id.gerai.shared.impor;

import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.MasukanTidakSah;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of a workbook with POI's SAX event API, one row at a time. Before
 * parsing, the zip itself is checked (entry count and declared uncompressed size) so a zip bomb is
 * refused; POI's own inflate-ratio guard stays on while reading. XML external entities are off:
 * {@link XMLHelper#newXMLReader()} builds a hardened parser (no DTDs, no external entities).
 */
final class PembacaXlsx {

  static final int ENTRI_MAKS = 1_000;
  static final long UKURAN_MAKS = 200L * 1024 * 1024;
  static final int BARIS_MAKS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  static final int KOLOM_MAKS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

  private PembacaXlsx() {}

  static void baca(Path berkas, boolean angkaUtuh, Consumer<List<String>> tiapBaris)
      throws IOException {
    periksaZip(berkas);
    Baris baris = new Baris(tiapBaris);
    try (OPCPackage pkg = OPCPackage.open(berkas.toFile(), PackageAccess.READ)) {
      XSSFReader r = new XSSFReader(pkg);
      ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg);
      var lembar = r.getSheetsData();
      if (!lembar.hasNext()) {
        throw new MasukanTidakSah("impor.berkas.kosong");
      }
      try (InputStream in = lembar.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                r.getStylesTable(), null, sst, baris, format(angkaUtuh), false));
        parser.parse(new InputSource(in));
      }
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      // the caller's own failures and refusals pass; anything else is POI choking on the file
      if (e instanceof GalatBerpesan || baris.diPemanggil) {
        throw e;
      }
      throw new IOException(e);
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  /** Excel's General shows 11 characters at most; {@code angkaUtuh} keeps every digit. */
  static DataFormatter format(boolean angkaUtuh) {
    DataFormatter f = new DataFormatter();
    if (angkaUtuh) {
      f.addFormat(
          "General",
          new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
    return f;
  }

  /** Refuses a workbook with too many entries or too many bytes once inflated. */
  static void periksaZip(Path berkas) throws IOException {
    try (ZipFile zip = new ZipFile(berkas.toFile())) {
      int jumlah = 0;
      long total = 0;
      Enumeration<? extends ZipEntry> entri = zip.entries();
      while (entri.hasMoreElements()) {
        ZipEntry e = entri.nextElement();
        jumlah++;
        total += Math.max(e.getSize(), 0);
        if (jumlah > ENTRI_MAKS || total > UKURAN_MAKS || e.getSize() < 0) {
          throw new MasukanTidakSah("impor.berkas.terlalu-besar");
        }
      }
    }
  }

  /**
   * Collects one row's cells by column, filling gaps left by empty cells. Row and column numbers
   * beyond Excel's own limits are refused: a few KB naming row 2,000,000,000 would otherwise hand
   * on two billion empty rows, and column ZZZZZ twelve million empty cells.
   */
  private static final class Baris implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Consumer<List<String>> tiapBaris;
    private final List<String> sel = new ArrayList<>();
    private int terakhir = -1;
    private boolean diPemanggil;

    Baris(Consumer<List<String>> tiapBaris) {
      this.tiapBaris = tiapBaris;
    }

    @Override
    public void startRow(int nomor) {
      if (nomor < 0 || nomor >= BARIS_MAKS) {
        throw new MasukanTidakSah("impor.berkas.rusak");
      }
      for (int i = terakhir + 1; i < nomor; i++) {
        serahkan(List.of());
      }
      terakhir = nomor;
      sel.clear();
    }

    @Override
    public void endRow(int nomor) {
      serahkan(List.copyOf(sel));
    }

    /** Hands a row on; a failure there is the caller's, not the file's. */
    private void serahkan(List<String> baris) {
      diPemanggil = true;
      tiapBaris.accept(baris);
      diPemanggil = false;
    }

    @Override
    public void cell(String ref, String nilai, XSSFComment komentar) {
      // the r attribute is optional: without it a cell follows the one before
      int kolom = ref == null ? sel.size() : kolom(ref);
      while (sel.size() < kolom) {
        sel.add("");
      }
      sel.add(nilai == null ? "" : nilai);
    }

    private static int kolom(String ref) {
      int kolom;
      try {
        kolom = new CellReference(ref).getCol();
      } catch (IllegalArgumentException e) {
        kolom = -1;
      }
      if (kolom < 0 || kolom >= KOLOM_MAKS) {
        throw new MasukanTidakSah("impor.berkas.rusak");
      }
      return kolom;
    }
  }
}

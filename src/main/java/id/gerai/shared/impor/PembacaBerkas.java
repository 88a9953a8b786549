package id.gerai.shared.impor;

import id.gerai.shared.CsvReader;
import id.gerai.shared.MasukanTidakSah;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the records of an uploaded register file, the header first: CSV (UTF-8 with or without a
 * BOM, else Windows-1252; {@code ,} or {@code ;} chosen from the header line) or XLSX (see {@link
 * PembacaXlsx}). Rows are handed on one by one and never collected.
 */
public final class PembacaBerkas {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PembacaBerkas() {}

  public static void baca(Path berkas, boolean xlsx, Consumer<List<String>> tiapBaris) {
    baca(berkas, xlsx, false, tiapBaris);
  }

  /**
   * As {@link #baca(Path, boolean, Consumer)}; with {@code angkaUtuh} a number cell of a workbook
   * in Excel's General format gives every digit ({@code 150000000000}, not {@code 1.5E11}), for
   * files of amounts.
   */
  public static void baca(
      Path berkas, boolean xlsx, boolean angkaUtuh, Consumer<List<String>> tiapBaris) {
    try {
      if (xlsx) {
        PembacaXlsx.baca(berkas, angkaUtuh, tiapBaris);
      } else {
        bacaCsv(berkas, tiapBaris);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new MasukanTidakSah("impor.berkas.rusak");
    }
  }

  private static void bacaCsv(Path berkas, Consumer<List<String>> tiapBaris) throws IOException {
    Charset cs = utf8(berkas) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    char pemisah = pemisah(berkas, cs);
    try (InputStream in = Files.newInputStream(berkas);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, cs))) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      new CsvReader(r, pemisah).baca(tiapBaris);
    }
  }

  /** Whether the whole file decodes as UTF-8, read in blocks so a large file is not held. */
  static boolean utf8(Path berkas) throws IOException {
    var dekoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(berkas);
        var r = new InputStreamReader(in, dekoder)) {
      char[] buf = new char[8192];
      while (r.read(buf) != -1) {
        // decoding is the check
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** {@code ;} when the header line has more semicolons than commas, else {@code ,}. */
  private static char pemisah(Path berkas, Charset cs) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(berkas, cs)) {
      String kepala = r.readLine();
      if (kepala == null) {
        return ',';
      }
      long titikKoma = kepala.chars().filter(c -> c == ';').count();
      long koma = kepala.chars().filter(c -> c == ',').count();
      return titikKoma > koma ? ';' : ',';
    }
  }
}

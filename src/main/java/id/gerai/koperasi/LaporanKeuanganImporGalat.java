package id.gerai.koperasi;

import java.util.List;

/**
 * One problem of an imported statements row: the row as the spreadsheet numbers it (the header is
 * row 1), the column header as the file writes it, a message key, the figure it is about (its label
 * goes first into the message) or null, the message's other arguments, and whether it only warns
 * (the row is still saved, or skipped when already there).
 */
public record LaporanKeuanganImporGalat(
    int baris, String kolom, String kunci, String pos, List<String> argumen, boolean peringatan) {

  public LaporanKeuanganImporGalat {
    argumen = List.copyOf(argumen);
  }
}

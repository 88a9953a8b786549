package id.gerai.koperasi;

/**
 * One problem of an imported row: the row as the spreadsheet numbers it (the header is row 1), the
 * column header, a message key of {@code i18n/koperasi-impor} or {@code i18n/koperasi}, an optional
 * argument, and whether it only warns (the row is still saved, or skipped when already there).
 */
public record KoperasiImporGalat(
    int baris, String kolom, String kunci, String argumen, boolean peringatan) {}

package id.gerai.umkm;

/**
 * One problem in an imported file: the row as the user sees it in Excel (the header is row 1), the
 * column's header, a message key of {@code i18n/umkm-impor} (or {@code i18n/umkm} for identifier
 * checks) and an optional argument (e.g. the names to suggest).
 */
public record ImporGalat(int baris, String kolom, String kunci, String argumen) {}

package id.gerai.kegiatan;

import java.time.LocalDate;

/**
 * Filters of the calendar and the list: days from..to (inclusive, open when null), kind, gerai, a
 * word of the title; page number (from 0) and size.
 */
public record SaringKegiatan(
    LocalDate dari,
    LocalDate sampai,
    KegiatanJenis jenis,
    Long gerai,
    String q,
    Integer halaman,
    Integer ukuran) {}

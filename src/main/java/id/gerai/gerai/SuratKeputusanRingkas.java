package id.gerai.gerai;

import java.time.LocalDate;

/**
 * A decree as pages and the API show it: whether it has a PDF, and the PDF's display name and size,
 * never where it is stored.
 */
public record SuratKeputusanRingkas(
    long id,
    String nomor,
    LocalDate tanggal,
    String penerbit,
    String tentang,
    boolean adaBerkas,
    String namaBerkas,
    Long ukuranBerkas) {}

package id.gerai.koperasi;

import java.time.LocalDate;

/** One fiscal year's RAT of a cooperative, with its deadline and compliance. */
public record RatRingkas(
    int tahunBuku,
    LocalDate batas,
    LocalDate tanggal,
    Integer anggotaHadir,
    Boolean kuorum,
    Boolean laporanDisahkan,
    String notulenBerkas,
    StatusVerifikasi statusVerifikasi,
    StatusRat status) {}

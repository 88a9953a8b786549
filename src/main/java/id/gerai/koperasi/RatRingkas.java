package id.gerai.koperasi;

import java.time.LocalDate;

/**
 * One fiscal year's RAT of a cooperative, with its deadline and compliance; {@code notulenNama} is
 * the minutes file's shown name (null: none uploaded).
 */
public record RatRingkas(
    int tahunBuku,
    LocalDate batas,
    LocalDate tanggal,
    Integer anggotaHadir,
    Boolean kuorum,
    Boolean laporanDisahkan,
    String notulenNama,
    StatusVerifikasi statusVerifikasi,
    StatusRat status) {}

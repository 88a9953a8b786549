package id.gerai.koperasi;

import java.time.LocalDate;

/** A RAT record as the audit trail keeps it. */
record RatRekaman(
    Long koperasiId,
    int tahunBuku,
    LocalDate tanggal,
    Integer anggotaHadir,
    Boolean kuorum,
    Boolean laporanDisahkan,
    String notulenNama,
    String notulenSha256,
    StatusVerifikasi statusVerifikasi,
    String diverifikasiOleh,
    String dicatatOleh) {}

package id.gerai.koperasi;

import java.time.LocalDate;

/**
 * A cooperative in the RAT compliance lists: its status for the fiscal year asked, with the
 * deadline and the date held, and whether it went two fiscal years in a row without a RAT (the
 * later of those years and its deadline).
 */
public record KepatuhanKoperasi(
    long koperasiId,
    String nama,
    BentukKoperasi bentuk,
    String kodeWilayah,
    String namaWilayah,
    int tahunBuku,
    LocalDate batas,
    LocalDate tanggalRat,
    StatusRat status,
    boolean duaTahunTanpaRat,
    Integer tahunTanpaRatKedua,
    LocalDate batasTanpaRatKedua) {}

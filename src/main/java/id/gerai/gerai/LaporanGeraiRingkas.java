package id.gerai.gerai;

import java.time.LocalDate;

/**
 * A gerai report as pages and the API show it: {@code tepatWaktu} is null until first submitted,
 * {@code terkunci} says the gerai can no longer change it (past its deadline, not reopened).
 */
public record LaporanGeraiRingkas(
    Long id,
    long geraiId,
    Periode periode,
    LocalDate tenggat,
    LaporanGeraiStatus status,
    LaporanGeraiAngka angka,
    String catatan,
    String alasanKembali,
    boolean dibukaKembali,
    LocalDate pertamaDikirim,
    Boolean tepatWaktu,
    boolean terkunci,
    int versi) {}

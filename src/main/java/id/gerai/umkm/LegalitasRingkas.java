package id.gerai.umkm;

import java.time.LocalDate;

/**
 * A permit as lists show it: the business it belongs to, its kind and number, its dates, where it
 * stands today and the days left ({@code null} without expiry; negative once expired).
 */
public record LegalitasRingkas(
    long id,
    long usahaId,
    String namaUsaha,
    LegalitasJenis jenis,
    String nomor,
    LocalDate tanggalTerbit,
    LocalDate berlakuSampai,
    LegalitasKeadaan keadaan,
    Long sisaHari) {}

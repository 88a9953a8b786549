package id.gerai.konsultasi;

import java.time.OffsetDateTime;

/**
 * One solved case as know-how: category, kecamatan, the problem and its solution with personal data
 * stripped. It carries no name, no business, no account.
 */
public record PengetahuanRingkas(
    long id,
    KategoriMasalah kategori,
    String kecamatan,
    String namaKecamatan,
    String masalah,
    String solusi,
    OffsetDateTime selesaiPada) {}

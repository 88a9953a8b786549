package id.gerai.konsultasi;

/** How many problems of a category came up in a month in one area or gerai. */
public record SinyalBaris(
    String periode, KategoriMasalah kategori, String kelompok, String namaKelompok, long jumlah) {}

package id.gerai.konsultasi;

/** A new row of the routing table. */
public record RuteBaru(
    KategoriMasalah kategori, String prefiksWilayah, Long akunId, PeranTujuan peran) {}

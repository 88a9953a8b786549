package id.gerai.kegiatan;

import java.time.LocalDateTime;

/** A service given, where and to whom. */
public record LayananRingkas(
    long id,
    Long kunjunganId,
    Long geraiId,
    Long usahaId,
    String nama,
    LayananJenis jenis,
    String catatan,
    LocalDateTime diberikanPada) {}

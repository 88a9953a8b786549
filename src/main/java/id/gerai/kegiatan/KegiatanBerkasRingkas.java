package id.gerai.kegiatan;

import java.time.LocalDateTime;

/** A photo or document of an activity. */
public record KegiatanBerkasRingkas(
    long id,
    String namaAsli,
    long ukuran,
    String jenisBerkas,
    boolean gambar,
    String keterangan,
    String diunggahOleh,
    LocalDateTime diunggahPada) {}

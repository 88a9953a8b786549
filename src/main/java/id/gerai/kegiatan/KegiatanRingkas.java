package id.gerai.kegiatan;

import java.time.LocalDateTime;

/** One activity in a list or calendar, with its gerai's name and how many hold a place. */
public record KegiatanRingkas(
    long id,
    KegiatanJenis jenis,
    String judul,
    LocalDateTime mulai,
    LocalDateTime selesai,
    Long geraiId,
    String namaGerai,
    String kodeWilayah,
    String penyelenggara,
    Integer kapasitas,
    long terdaftar) {}

package id.gerai.kegiatan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A planned safari visit, and its check-in (time and map position) once made. */
public record KunjunganRingkas(
    long id,
    String kodeWilayah,
    String namaWilayah,
    Long geraiId,
    String namaGerai,
    LocalDate tanggal,
    LocalDateTime hadirPada,
    Double lintang,
    Double bujur,
    long layanan) {}

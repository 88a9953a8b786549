package id.gerai.konsultasi;

import java.time.OffsetDateTime;

/** One case in a list; {@code terlambat} when a response or resolution target is missed. */
public record KonsultasiRingkas(
    long id,
    String namaSubjek,
    KategoriMasalah kategori,
    Urgensi urgensi,
    StatusKonsultasi status,
    String kodeWilayah,
    String ditugaskanNama,
    PeranTujuan ditugaskanPeran,
    OffsetDateTime dibuatPada,
    OffsetDateTime batasSelesai,
    boolean terlambat) {}

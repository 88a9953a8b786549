package id.gerai.konsultasi;

import java.time.LocalDate;

/** One logged mentoring session. */
public record SesiRingkas(
    long id,
    Long konsultasiId,
    Long usahaId,
    LocalDate tanggal,
    int durasiMenit,
    String topik,
    String catatan,
    String pendamping) {}

package id.gerai.konsultasi;

import java.time.Instant;

/** Who brings a case, through which channel, when, and the deadlines that follow. */
record Pembuka(
    Saluran saluran,
    String nama,
    Long akunId,
    Instant pada,
    String periode,
    Instant batasTanggapan,
    Instant batasSelesai) {}

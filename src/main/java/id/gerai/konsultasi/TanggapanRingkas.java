package id.gerai.konsultasi;

import java.time.OffsetDateTime;

/** One answer in a case's thread. */
public record TanggapanRingkas(
    long id, String isi, String oleh, boolean dariPelaku, OffsetDateTime pada) {}

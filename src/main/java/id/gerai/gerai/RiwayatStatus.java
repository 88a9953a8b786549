package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;

/** One status a gerai had: from which date, why, on whose word and when it was recorded. */
public record RiwayatStatus(
    GeraiStatus status, LocalDate berlakuSejak, String alasan, String oleh, Instant dicatatPada) {}

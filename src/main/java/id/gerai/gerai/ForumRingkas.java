package id.gerai.gerai;

import java.time.LocalDate;

/** The forum as pages and the API show it. */
public record ForumRingkas(
    long id, String nama, String singkatan, String kodeWilayah, LocalDate dibentuk) {}

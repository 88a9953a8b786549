package id.gerai.koperasi;

import java.time.LocalDate;

/**
 * A business of the UMKM register that is a member of a cooperative, and since when. Its name is
 * null when the business lies outside the caller's scope.
 */
public record AnggotaUsaha(long usahaId, String namaUsaha, LocalDate sejak) {}

package id.gerai.koperasi;

import java.time.LocalDate;

/** A cooperative a business is a member of, and since when. */
public record KeanggotaanUsaha(
    long koperasiId, String namaKoperasi, JenisKoperasi jenis, LocalDate sejak) {}

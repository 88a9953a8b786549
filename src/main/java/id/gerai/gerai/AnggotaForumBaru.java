package id.gerai.gerai;

import java.time.LocalDate;

/**
 * Register a forum member through a gerai. {@code pelakuUsahaId} links the business actor's record
 * when the person is registered as one; {@code tanggalGabung} defaults to today.
 */
public record AnggotaForumBaru(
    long geraiId,
    String nama,
    Long pelakuUsahaId,
    String telepon,
    AnggotaForumPeran peran,
    LocalDate tanggalGabung) {}

package id.gerai.gerai;

import java.time.LocalDate;

/** A business actor's active forum membership, for other modules' pages. */
public record KeanggotaanForum(
    long anggotaId,
    long geraiId,
    String geraiNama,
    AnggotaForumPeran peran,
    LocalDate tanggalGabung) {}

package id.gerai.gerai;

import java.time.LocalDate;

/** A forum member as lists show them; the phone is masked unless the viewer may see it. */
public record AnggotaForumRingkas(
    long id,
    long geraiId,
    String geraiNama,
    String nama,
    Long pelakuUsahaId,
    String telepon,
    AnggotaForumPeran peran,
    AnggotaForumStatus status,
    LocalDate tanggalGabung,
    LocalDate tanggalKeluar) {}

package id.gerai.gerai;

import java.time.LocalDate;

/** An officer as the audit trail keeps it: the phone number masked. */
public record PengurusJejak(
    Long id,
    Long geraiId,
    Long forumId,
    String nama,
    Jabatan jabatan,
    String bidang,
    String telepon,
    LocalDate mulai,
    LocalDate selesai,
    Long suratKeputusanId) {}

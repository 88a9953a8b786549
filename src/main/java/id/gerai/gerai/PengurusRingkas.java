package id.gerai.gerai;

import java.time.LocalDate;

/**
 * An officer as pages and the API show it. {@code telepon} is already masked unless the viewer may
 * see it in full; {@code suratKeputusan} is the decree of the appointment (or null).
 */
public record PengurusRingkas(
    long id,
    String nama,
    Jabatan jabatan,
    String bidang,
    String telepon,
    LocalDate mulai,
    LocalDate selesai,
    MasaBakti.Status status,
    SuratKeputusanRingkas suratKeputusan) {}

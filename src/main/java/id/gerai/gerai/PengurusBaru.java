package id.gerai.gerai;

import id.gerai.shared.berkas.BerkasUnggahan;
import java.time.LocalDate;

/**
 * Appoint an officer: who, in which position (and field, for a koordinator bidang), for which term,
 * under an existing decree ({@code suratKeputusanId}) or a new one ({@code suratKeputusanBaru},
 * with an optional PDF).
 */
public record PengurusBaru(
    String nama,
    Jabatan jabatan,
    String bidang,
    String telepon,
    LocalDate mulai,
    LocalDate selesai,
    Long suratKeputusanId,
    SuratKeputusanBaru suratKeputusanBaru,
    BerkasUnggahan berkas) {}

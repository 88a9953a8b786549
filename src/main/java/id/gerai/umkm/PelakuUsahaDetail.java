package id.gerai.umkm;

import java.time.LocalDate;

/**
 * The owner as a caller may see them: {@code nik} and {@code telepon} are masked unless {@code
 * terbuka} (Dinkop staff, and then the view is in the audit trail).
 */
public record PelakuUsahaDetail(
    long id,
    String nik,
    String nama,
    Nik.JenisKelamin jenisKelamin,
    LocalDate tanggalLahir,
    String telepon,
    String email,
    String kodeWilayah,
    String namaWilayah,
    String alamat,
    PelakuUsahaDasar dasarPemrosesan,
    VerifikasiStatus statusVerifikasi,
    boolean terbuka) {}

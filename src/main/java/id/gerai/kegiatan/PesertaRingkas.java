package id.gerai.kegiatan;

import java.time.LocalDateTime;

/**
 * A participant as lists show them: the phone masked, the check-in code (what the QR code carries),
 * and when they were checked in (null while not).
 */
public record PesertaRingkas(
    long id,
    long kegiatanId,
    PesertaPeran peran,
    Long usahaId,
    String nama,
    String telepon,
    PesertaStatus status,
    String kode,
    LocalDateTime hadirPada,
    LocalDateTime didaftarkanPada) {

  public boolean hadir() {
    return hadirPada != null;
  }
}

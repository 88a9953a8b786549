package id.gerai.kegiatan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times of activities are entered and shown in the office's time zone. */
final class KegiatanWaktu {

  static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");

  private KegiatanWaktu() {}

  static Instant instan(LocalDateTime waktu) {
    return waktu.atZone(ZONA).toInstant();
  }

  static LocalDateTime lokal(Instant waktu) {
    return waktu == null ? null : LocalDateTime.ofInstant(waktu, ZONA);
  }

  /** The start of a day as a JDBC parameter (PostgreSQL refuses Instant). */
  static OffsetDateTime awalHari(LocalDate hari) {
    return hari.atStartOfDay(ZONA).toOffsetDateTime();
  }

  static OffsetDateTime param(Instant waktu) {
    return waktu.atZone(ZONA).toOffsetDateTime();
  }

  static LocalDate hariIni() {
    return LocalDate.now(ZONA);
  }
}

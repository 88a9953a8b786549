package id.gerai.peramban;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Trainings for the check-in journeys, written with SQL so each journey starts from its own. */
final class PelatihanUji {

  private PelatihanUji() {}

  /** A training in Sekayu today from 09:00 (UTC+7) for three hours; returns its id. */
  static long pelatihan(JdbcClient jdbc, String judul) {
    OffsetDateTime mulai = OffsetDateTime.now(ZoneOffset.ofHours(7)).withHour(9).withMinute(0);
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO kegiatan (jenis, judul, mulai, selesai, kode_wilayah, alamat,"
                + " penyelenggara, kapasitas, dibuat_oleh, dibuat_pada, versi) VALUES ('PELATIHAN',"
                + " :judul, :mulai, :selesai, '33.74.01.1007', 'Balai Kelurahan Sekayu', 'Dinkop',"
                + " 30, 'uji', :mulai, 0)")
        .param("judul", judul)
        .param("mulai", mulai)
        .param("selesai", mulai.plusHours(3))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

package id.gerai.konsultasi;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every hour, tells the assignee of each open case that passed its response or resolution target,
 * once per case and target: what was told is kept in {@code konsultasi_terlambat}, written in the
 * same transaction as the notification is published. A case routed to a role's queue (no account)
 * waits until a person is assigned.
 */
@Component
public class PengingatTerlambat {

  private final JdbcClient jdbc;
  private final PemberitahuanKonsultasi pemberitahuan;
  private final Clock jam;

  PengingatTerlambat(JdbcClient jdbc, PemberitahuanKonsultasi pemberitahuan, Clock jam) {
    this.jdbc = jdbc;
    this.pemberitahuan = pemberitahuan;
    this.jam = jam;
  }

  private record Kasus(long id, String nama, long akun, String sasaran) {}

  /** Notifies what is newly overdue; returns how many notifications were published. */
  @Scheduled(cron = "${gerai.konsultasi.pengingat.cron:0 7 * * * *}")
  @Transactional
  public int periksa() {
    OffsetDateTime kini = OffsetDateTime.now(jam).withOffsetSameInstant(ZoneOffset.UTC);
    List<Kasus> daftar =
        jdbc.sql(
                terlambat("TANGGAPAN", PencarianKonsultasi.TERLAMBAT_TANGGAPAN)
                    + " UNION ALL "
                    + terlambat("SELESAI", PencarianKonsultasi.TERLAMBAT_SELESAI)
                    + " ORDER BY id LIMIT 500")
            .param("kini", kini)
            .query(
                (rs, i) ->
                    new Kasus(
                        rs.getLong("id"),
                        rs.getString("nama_subjek"),
                        rs.getLong("ditugaskan_akun_id"),
                        rs.getString("sasaran")))
            .list();
    for (Kasus k : daftar) {
      jdbc.sql(
              "INSERT INTO konsultasi_terlambat (konsultasi_id, sasaran, akun_id, diberitahu_pada)"
                  + " VALUES (:id, :sasaran, :akun, :kini)")
          .param("id", k.id())
          .param("sasaran", k.sasaran())
          .param("akun", k.akun())
          .param("kini", kini)
          .update();
      pemberitahuan.terlambat(k.id(), k.nama(), k.akun(), k.sasaran());
    }
    return daftar.size();
  }

  private static String terlambat(String sasaran, String syarat) {
    return "SELECT k.id, k.nama_subjek, k.ditugaskan_akun_id, '"
        + sasaran
        + "' AS sasaran FROM konsultasi k WHERE k.ditugaskan_akun_id IS NOT NULL AND "
        + syarat
        + " AND NOT EXISTS (SELECT 1 FROM konsultasi_terlambat t WHERE t.konsultasi_id = k.id"
        + " AND t.sasaran = '"
        + sasaran
        + "')";
  }
}

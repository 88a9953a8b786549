package id.gerai.notifikasi;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Notification fixtures: account ids no other test uses (the test database may outlive a run), a
 * signed-in caller with such an id, and reads of the stored rows.
 */
final class NotifikasiUji {

  private static final AtomicLong BERIKUTNYA =
      new AtomicLong(900_000_000L + (System.currentTimeMillis() % 100_000_000L) * 10);

  private final JdbcClient jdbc;

  NotifikasiUji(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static long akunBaru() {
    return BERIKUTNYA.incrementAndGet();
  }

  static RequestPostProcessor sebagai(long akunId) {
    return SecurityMockMvcRequestPostProcessors.user(
        new PenggunaGerai(
            akunId,
            "uji-notifikasi-" + akunId,
            "Uji Notifikasi",
            Peran.PENDAMPING,
            Cakupan.wilayah("33.74"),
            "",
            true));
  }

  long jumlah(long akunId) {
    return jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE akun_id = :a")
        .param("a", akunId)
        .query(Long.class)
        .single();
  }

  long idTerakhir(long akunId) {
    return jdbc.sql("SELECT MAX(id) FROM notifikasi WHERE akun_id = :a")
        .param("a", akunId)
        .query(Long.class)
        .single();
  }

  /** The email status of the account's newest notification; null when none is wanted. */
  String statusSurel(long akunId) {
    java.util.List<String> status =
        jdbc.sql("SELECT surel_status FROM notifikasi WHERE akun_id = :a ORDER BY id DESC LIMIT 1")
            .param("a", akunId)
            .query((rs, n) -> rs.getString(1))
            .list();
    return status.isEmpty() ? null : status.get(0);
  }
}

package id.gerai.akun;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows guessing: after {@code maxGagal} failed sign-ins an account is locked for {@code
 * kunciSelama}; a client address gets four times as many tries, since a whole office may share one
 * address. Counts live in the database, so every instance sees the same lock. Each call commits on
 * its own: a failure must be counted even though the sign-in itself fails.
 */
@Component
class PembatasLogin {

  private static final int KALI_ALAMAT = 4;

  private final JdbcClient jdbc;
  private final AkunProperties properties;

  PembatasLogin(JdbcClient jdbc, AkunProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  boolean terkunci(String namaPengguna, String alamat) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM pembatas_login WHERE kunci IN (:a, :b) AND terkunci_sampai > :kini")
            .param("a", kunciAkun(namaPengguna))
            .param("b", kunciAlamat(alamat))
            .param("kini", kini())
            .query(Long.class)
            .single()
        > 0;
  }

  void gagal(String namaPengguna, String alamat) {
    catat(kunciAkun(namaPengguna), properties.maxGagal());
    catat(kunciAlamat(alamat), properties.maxGagal() * KALI_ALAMAT);
  }

  void berhasil(String namaPengguna) {
    jdbc.sql("DELETE FROM pembatas_login WHERE kunci = :k")
        .param("k", kunciAkun(namaPengguna))
        .update();
  }

  private void catat(String kunci, int batas) {
    OffsetDateTime kini = kini();
    int diubah =
        jdbc.sql(
                """
                UPDATE pembatas_login SET gagal = gagal + 1, diperbarui_pada = :kini
                WHERE kunci = :k
                """)
            .param("k", kunci)
            .param("kini", kini)
            .update();
    if (diubah == 0) {
      try {
        jdbc.sql("INSERT INTO pembatas_login (kunci, gagal, diperbarui_pada) VALUES (:k, 1, :kini)")
            .param("k", kunci)
            .param("kini", kini)
            .update();
      } catch (DuplicateKeyException balapan) {
        catat(kunci, batas);
        return;
      }
    }
    jdbc.sql(
            """
            UPDATE pembatas_login SET gagal = 0, terkunci_sampai = :sampai
            WHERE kunci = :k AND gagal >= :batas
            """)
        .param("k", kunci)
        .param("sampai", kini.plus(properties.kunciSelama()))
        .param("batas", batas)
        .update();
  }

  /** An offset date-time, which both JDBC drivers bind (PgJDBC refuses an Instant). */
  private static OffsetDateTime kini() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String kunciAkun(String namaPengguna) {
    return "akun:" + (namaPengguna == null ? "" : namaPengguna.toLowerCase());
  }

  private static String kunciAlamat(String alamat) {
    return "alamat:" + alamat;
  }
}

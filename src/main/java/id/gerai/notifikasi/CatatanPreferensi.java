package id.gerai.notifikasi;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notifikasi_preferensi table: one row per account that ever set a preference. */
@Component
class CatatanPreferensi {

  private final JdbcClient jdbc;

  CatatanPreferensi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Preferensi> ambil(long akunId) {
    return jdbc.sql(
            "SELECT surel, surel_aktif, bahasa FROM notifikasi_preferensi WHERE akun_id = :akun")
        .param("akun", akunId)
        .query(
            (rs, n) ->
                new Preferensi(
                    rs.getString("surel"), rs.getBoolean("surel_aktif"), rs.getString("bahasa")))
        .optional();
  }

  void simpan(long akunId, Preferensi p) {
    if (ubah(akunId, p) == 0) {
      try {
        jdbc.sql(
                """
                INSERT INTO notifikasi_preferensi (akun_id, surel, surel_aktif, bahasa, diubah_pada)
                VALUES (:akun, :surel, :aktif, :bahasa, :waktu)
                """)
            .param("akun", akunId)
            .param("surel", p.surel())
            .param("aktif", p.surelAktif())
            .param("bahasa", p.bahasa())
            .param("waktu", OffsetDateTime.now(ZoneOffset.UTC))
            .update();
      } catch (DuplicateKeyException bersamaan) {
        // Two first saves at once: the other one inserted, this one updates.
        ubah(akunId, p);
      }
    }
  }

  private int ubah(long akunId, Preferensi p) {
    return jdbc.sql(
            """
            UPDATE notifikasi_preferensi
            SET surel = :surel, surel_aktif = :aktif, bahasa = :bahasa, diubah_pada = :waktu
            WHERE akun_id = :akun
            """)
        .param("akun", akunId)
        .param("surel", p.surel())
        .param("aktif", p.surelAktif())
        .param("bahasa", p.bahasa())
        .param("waktu", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }
}

package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.TidakDitemukan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a cooperative exists and the caller's scope reaches it (area, gerai, or the officer's own
 * cooperative). Every statement and worksheet read and write starts here: outside the scope is the
 * same 404 as a cooperative that does not exist.
 */
@Component
class KesehatanKoperasiPencarian {

  private final JdbcClient jdbc;

  KesehatanKoperasiPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  KesehatanKoperasi dalamCakupan(long id, Cakupan cakupan) {
    SyaratSql syarat = cakupan.syarat("k.kode_wilayah", "k.gerai_id", "k.akun_id");
    return jdbc.sql(
            "SELECT k.id, k.nama, k.kelompok, k.bentuk, k.kode_wilayah FROM koperasi k"
                + " WHERE k.id = :id AND "
                + syarat.sql())
        .param("id", id)
        .params(syarat.params())
        .query(
            (rs, i) ->
                new KesehatanKoperasi(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    rs.getString("kelompok"),
                    rs.getString("bentuk"),
                    rs.getString("kode_wilayah")))
        .optional()
        .orElseThrow(
            () ->
                new TidakDitemukan(
                    "koperasi.kesehatan.koperasi-tidak-ditemukan", String.valueOf(id)));
  }

  /** Locks the cooperative's row so that two saves of its statements run one after the other. */
  void kunci(long id) {
    jdbc.sql("SELECT id FROM koperasi WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .list();
  }
}

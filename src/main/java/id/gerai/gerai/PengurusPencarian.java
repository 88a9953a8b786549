package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.TidakDitemukan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of officers. Everything about a gerai joins {@code gerai g} and ANDs the
 * caller's scope, so a gerai outside it simply has no rows; the forum is city-wide.
 */
@Component
class PengurusPencarian {

  private static final String PENGURUS =
      "SELECT p.id, p.nama, p.jabatan, p.bidang, p.telepon, p.mulai, p.selesai, "
          + SuratKeputusanPencarian.KOLOM
          + " FROM pengurus p LEFT JOIN surat_keputusan sk ON sk.id = p.surat_keputusan_id ";

  private final JdbcClient jdbc;

  PengurusPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The gerai if the scope reaches it, else 404 (the same answer as for an unknown id). */
  PengurusGerai.Identitas gerai(long geraiId, Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
            "SELECT g.id, g.nama, g.jenis, g.kode_wilayah, g.status FROM gerai g"
                + " WHERE g.id = :geraiId AND "
                + s.sql())
        .param("geraiId", geraiId)
        .params(s.params())
        .query(
            (rs, i) ->
                new PengurusGerai.Identitas(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    rs.getString("jenis"),
                    rs.getString("kode_wilayah"),
                    rs.getString("status")))
        .optional()
        .orElseThrow(() -> new TidakDitemukan("gerai.tidak-ditemukan", geraiId));
  }

  /** Every term served in a gerai, newest first. */
  List<PengurusBaris> pengurusGerai(long geraiId, Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
            PENGURUS
                + "JOIN gerai g ON g.id = p.gerai_id WHERE p.gerai_id = :geraiId AND "
                + s.sql()
                + " ORDER BY p.mulai DESC, p.id DESC")
        .param("geraiId", geraiId)
        .params(s.params())
        .query(PengurusPencarian::baris)
        .list();
  }

  /** Whether an officer serves in that gerai and the scope reaches it. */
  boolean pengurusDiGerai(long pengurusId, long geraiId, Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
                "SELECT COUNT(*) FROM pengurus p JOIN gerai g ON g.id = p.gerai_id"
                    + " WHERE p.id = :pengurusId AND p.gerai_id = :geraiId AND "
                    + s.sql())
            .param("pengurusId", pengurusId)
            .param("geraiId", geraiId)
            .params(s.params())
            .query(Long.class)
            .single()
        > 0;
  }

  boolean pengurusDiForum(long pengurusId, long forumId) {
    return jdbc.sql("SELECT COUNT(*) FROM pengurus WHERE id = :pengurusId AND forum_id = :forumId")
            .param("pengurusId", pengurusId)
            .param("forumId", forumId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<PengurusBaris> pengurusForum(long forumId) {
    return jdbc.sql(PENGURUS + "WHERE p.forum_id = :forumId ORDER BY p.mulai DESC, p.id DESC")
        .param("forumId", forumId)
        .query(PengurusPencarian::baris)
        .list();
  }

  /** One row of an officer with the decree of the appointment, phone as stored. */
  record PengurusBaris(
      long id,
      String nama,
      Jabatan jabatan,
      String bidang,
      String telepon,
      MasaBakti masaBakti,
      SuratKeputusanRingkas suratKeputusan) {}

  private static PengurusBaris baris(ResultSet rs, int i) throws SQLException {
    MasaBakti masa =
        new MasaBakti(
            rs.getObject("mulai", LocalDate.class), rs.getObject("selesai", LocalDate.class));
    return new PengurusBaris(
        rs.getLong("id"),
        rs.getString("nama"),
        Jabatan.valueOf(rs.getString("jabatan")),
        rs.getString("bidang"),
        rs.getString("telepon"),
        masa,
        rs.getObject("sk_id") == null ? null : SuratKeputusanPencarian.sk(rs));
  }
}

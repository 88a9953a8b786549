package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.JenisBerkas;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of decrees. A gerai's decrees join {@code gerai g} and AND the caller's scope;
 * the forum's are city-wide.
 */
@Component
class SuratKeputusanPencarian {

  /** The decree columns as {@link #sk} reads them, for any query that joins {@code sk}. */
  static final String KOLOM =
      "sk.id AS sk_id, sk.nomor, sk.tanggal, sk.penerbit, sk.tentang, sk.berkas_nama,"
          + " sk.berkas_nama_asli, sk.berkas_ukuran";

  private final JdbcClient jdbc;

  SuratKeputusanPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<SuratKeputusanRingkas> suratKeputusanGerai(long geraiId, Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
            "SELECT "
                + KOLOM
                + " FROM surat_keputusan sk JOIN gerai g ON g.id = sk.gerai_id"
                + " WHERE sk.gerai_id = :geraiId AND "
                + s.sql()
                + " ORDER BY sk.tanggal DESC, sk.id DESC")
        .param("geraiId", geraiId)
        .params(s.params())
        .query((rs, i) -> sk(rs))
        .list();
  }

  List<SuratKeputusanRingkas> suratKeputusanForum(long forumId) {
    return jdbc.sql(
            "SELECT "
                + KOLOM
                + " FROM surat_keputusan sk WHERE sk.forum_id = :forumId"
                + " ORDER BY sk.tanggal DESC, sk.id DESC")
        .param("forumId", forumId)
        .query((rs, i) -> sk(rs))
        .list();
  }

  /**
   * A decree's stored file, if the caller may read it: a forum decree is for every signed-in user,
   * a gerai decree only for a scope that reaches the gerai.
   */
  Optional<BerkasTersimpan> berkasSuratKeputusan(long skId, Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
            "SELECT sk.berkas_nama, sk.berkas_nama_asli, sk.berkas_ukuran, sk.berkas_sha256"
                + " FROM surat_keputusan sk LEFT JOIN gerai g ON g.id = sk.gerai_id"
                + " WHERE sk.id = :skId AND sk.berkas_nama IS NOT NULL"
                + " AND (sk.forum_id IS NOT NULL OR "
                + s.sql()
                + ")")
        .param("skId", skId)
        .params(s.params())
        .query(
            (rs, i) ->
                new BerkasTersimpan(
                    rs.getString("berkas_nama"),
                    rs.getString("berkas_nama_asli"),
                    rs.getLong("berkas_ukuran"),
                    rs.getString("berkas_sha256"),
                    JenisBerkas.PDF))
        .optional();
  }

  static SuratKeputusanRingkas sk(ResultSet rs) throws SQLException {
    long ukuran = rs.getLong("berkas_ukuran");
    Long ukuranBerkas = rs.wasNull() ? null : ukuran;
    return new SuratKeputusanRingkas(
        rs.getLong("sk_id"),
        rs.getString("nomor"),
        rs.getObject("tanggal", LocalDate.class),
        rs.getString("penerbit"),
        rs.getString("tentang"),
        rs.getString("berkas_nama") != null,
        rs.getString("berkas_nama_asli"),
        ukuranBerkas);
  }
}

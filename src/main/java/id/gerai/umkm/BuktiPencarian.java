package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.JenisBerkas;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of evidence. Every query ANDs the caller's scope on a business of the row: its
 * own business, or for a KTP any business of its owner. Removed rows are never returned.
 */
@Component
class BuktiPencarian {

  private static final String KOLOM =
      "b.id, b.jenis, b.usaha_id, b.legalitas_id, l.jenis AS legalitas_jenis, l.nomor AS"
          + " legalitas_nomor, b.tonggak_id, t.jenis AS tonggak_jenis, t.tanggal AS"
          + " tonggak_tanggal, b.keterangan, b.berkas_nama_asli, b.berkas_jenis, b.berkas_ukuran,"
          + " b.status_verifikasi, b.diverifikasi_oleh, b.diunggah_oleh, b.diunggah_pada";

  private static final String DARI =
      " FROM bukti b LEFT JOIN legalitas l ON l.id = b.legalitas_id"
          + " LEFT JOIN tonggak t ON t.id = b.tonggak_id WHERE b.dihapus_pada IS NULL";

  private final JdbcClient jdbc;

  BuktiPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The evidence seen from a business: its own, its permits' and milestones' and its owner's KTP
   * (not from a business merged into another: its evidence is the kept business's now); narrowed to
   * one permit or one milestone when given.
   */
  List<BuktiRingkas> daftar(long usahaId, Long legalitasId, Long tonggakId, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("usaha", usahaId));
    StringBuilder sql = new StringBuilder("SELECT " + KOLOM + DARI);
    sql.append(" AND (b.usaha_id = :usaha OR (b.usaha_id IS NULL AND b.pelaku_usaha_id =")
        .append(" (SELECT x.pelaku_usaha_id FROM usaha x WHERE x.id = :usaha")
        .append(" AND x.digabung_ke IS NULL)))");
    if (legalitasId != null) {
      sql.append(" AND b.legalitas_id = :legalitas");
      params.put("legalitas", legalitasId);
    }
    if (tonggakId != null) {
      sql.append(" AND b.tonggak_id = :tonggak");
      params.put("tonggak", tonggakId);
    }
    sql.append(" AND ").append(terjangkau(cakupan, params));
    sql.append(" ORDER BY b.diunggah_pada DESC, b.id DESC");
    return jdbc.sql(sql.toString()).params(params).query(BuktiPencarian::ringkas).list();
  }

  /** The file of one evidence row the scope reaches, with its kind and owner. */
  Optional<BuktiBerkas> berkas(long buktiId, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", buktiId));
    String sql =
        "SELECT b.jenis, b.pelaku_usaha_id, b.usaha_id, b.berkas_nama, b.berkas_nama_asli,"
            + " b.berkas_ukuran, b.berkas_sha256, b.berkas_jenis FROM bukti b"
            + " WHERE b.id = :id AND b.dihapus_pada IS NULL AND "
            + terjangkau(cakupan, params);
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                new BuktiBerkas(
                    BuktiJenis.valueOf(rs.getString("jenis")),
                    rs.getLong("pelaku_usaha_id"),
                    new BerkasTersimpan(
                        rs.getString("berkas_nama"),
                        rs.getString("berkas_nama_asli"),
                        rs.getLong("berkas_ukuran"),
                        rs.getString("berkas_sha256"),
                        JenisBerkas.valueOf(rs.getString("berkas_jenis")))))
        .optional();
  }

  /** The business's owner, for a business the caller may reach. */
  BuktiSasaran sasaran(long usahaId) {
    long pelaku =
        jdbc.sql("SELECT pelaku_usaha_id FROM usaha WHERE id = :id")
            .param("id", usahaId)
            .query(Long.class)
            .single();
    return new BuktiSasaran(usahaId, pelaku);
  }

  /** Whether a permit or milestone row belongs to the business (table is fixed, never input). */
  boolean milikUsaha(String tabel, Long id, long usahaId) {
    return id != null
        && jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE id = :id AND usaha_id = :usaha")
                .param("id", id)
                .param("usaha", usahaId)
                .query(Long.class)
                .single()
            > 0;
  }

  /** A business of the row (its own, or for a KTP any of its owner's) lies in the scope. */
  private static String terjangkau(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql s = cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
    params.putAll(s.params());
    return "EXISTS (SELECT 1 FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id"
        + " WHERE (u.id = b.usaha_id OR (b.usaha_id IS NULL"
        + " AND u.pelaku_usaha_id = b.pelaku_usaha_id)) AND "
        + s.sql()
        + ")";
  }

  private static BuktiRingkas ringkas(ResultSet rs, int i) throws SQLException {
    String lj = rs.getString("legalitas_jenis");
    String tj = rs.getString("tonggak_jenis");
    Date tt = rs.getDate("tonggak_tanggal");
    return new BuktiRingkas(
        rs.getLong("id"),
        BuktiJenis.valueOf(rs.getString("jenis")),
        rs.getObject("usaha_id", Long.class),
        rs.getObject("legalitas_id", Long.class),
        lj == null ? null : LegalitasJenis.valueOf(lj),
        rs.getString("legalitas_nomor"),
        rs.getObject("tonggak_id", Long.class),
        tj == null ? null : TonggakJenis.valueOf(tj),
        tt == null ? null : tt.toLocalDate(),
        rs.getString("keterangan"),
        rs.getString("berkas_nama_asli"),
        JenisBerkas.valueOf(rs.getString("berkas_jenis")),
        rs.getLong("berkas_ukuran"),
        VerifikasiStatus.valueOf(rs.getString("status_verifikasi")),
        rs.getString("diverifikasi_oleh"),
        rs.getString("diunggah_oleh"),
        rs.getObject("diunggah_pada", OffsetDateTime.class),
        true);
  }

  /** An evidence row's file with what decides who may open it. */
  record BuktiBerkas(BuktiJenis jenis, long pelakuUsahaId, BerkasTersimpan berkas) {}
}

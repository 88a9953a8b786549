package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL read side of milestones, always joined to the business and ANDed with the scope. */
@Component
class TonggakPencarian {

  private static final String DARI =
      " FROM tonggak t JOIN" + BinaanPencarian.USAHA + " ON u.id = t.usaha_id";

  private final JdbcClient jdbc;

  TonggakPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A business's milestones, latest first. */
  List<TonggakRingkas> daftar(long usahaId, Cakupan cakupan) {
    SyaratSql s = BinaanPencarian.syarat(cakupan);
    return jdbc.sql(
            "SELECT t.*"
                + DARI
                + " WHERE t.usaha_id = :id AND "
                + s.sql()
                + " ORDER BY t.tanggal DESC, t.id DESC")
        .param("id", usahaId)
        .params(s.params())
        .query((rs, i) -> baris(rs))
        .list();
  }

  /**
   * Verified milestones in scope, of one kind (all when null), within the days given (inclusive).
   */
  long jumlahTerverifikasi(Cakupan cakupan, TonggakJenis jenis, LocalDate dari, LocalDate sampai) {
    SyaratSql s = BinaanPencarian.syarat(cakupan);
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(*)" + DARI + " WHERE t.status_verifikasi = 'TERVERIFIKASI'");
    if (jenis != null) {
      sql.append(" AND t.jenis = :jenis");
    }
    if (dari != null) {
      sql.append(" AND t.tanggal >= :dari");
    }
    if (sampai != null) {
      sql.append(" AND t.tanggal <= :sampai");
    }
    sql.append(" AND ").append(s.sql());
    JdbcClient.StatementSpec q = jdbc.sql(sql.toString()).params(s.params());
    if (jenis != null) {
      q = q.param("jenis", jenis.name());
    }
    if (dari != null) {
      q = q.param("dari", dari);
    }
    if (sampai != null) {
      q = q.param("sampai", sampai);
    }
    return q.query(Long.class).single();
  }

  private static TonggakRingkas baris(ResultSet rs) throws SQLException {
    Timestamp diverifikasi = rs.getTimestamp("diverifikasi_pada");
    return new TonggakRingkas(
        rs.getLong("id"),
        rs.getLong("usaha_id"),
        TonggakJenis.valueOf(rs.getString("jenis")),
        rs.getObject("tanggal", LocalDate.class),
        rs.getString("keterangan"),
        rs.getBigDecimal("nilai"),
        rs.getString("atribusi"),
        VerifikasiStatus.valueOf(rs.getString("status_verifikasi")),
        rs.getString("diverifikasi_oleh"),
        diverifikasi == null ? null : diverifikasi.toInstant(),
        rs.getString("dicatat_oleh"));
  }
}

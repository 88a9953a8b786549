package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of enrolments (and the business lookup milestones share). Every query joins the
 * business and its owner and ANDs the caller's scope, so a business outside it is not there.
 */
@Component
class BinaanPencarian {

  /** The calendar that decides what day it is today. */
  static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");

  static final String USAHA = " usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id";

  private final JdbcClient jdbc;

  BinaanPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static LocalDate hariIni() {
    return LocalDate.now(ZONA);
  }

  static SyaratSql syarat(Cakupan cakupan) {
    return cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
  }

  /** The business's name, if the caller's scope reaches it. */
  Optional<String> namaUsaha(long usahaId, Cakupan cakupan) {
    SyaratSql s = syarat(cakupan);
    return jdbc.sql("SELECT u.nama FROM" + USAHA + " WHERE u.id = :id AND " + s.sql())
        .param("id", usahaId)
        .params(s.params())
        .query(String.class)
        .optional();
  }

  /** A business's enrolments, latest start first. */
  List<BinaanRingkas> daftar(long usahaId, Cakupan cakupan, LocalDate hariIni) {
    SyaratSql s = syarat(cakupan);
    return jdbc.sql(
            "SELECT b.id, b.usaha_id, b.pendamping, b.pendamping_akun_id, b.sejak, b.sampai,"
                + " b.target, b.dicatat_oleh FROM binaan b JOIN"
                + USAHA
                + " ON u.id = b.usaha_id WHERE b.usaha_id = :id AND "
                + s.sql()
                + " ORDER BY b.sejak DESC, b.id DESC")
        .param("id", usahaId)
        .params(s.params())
        .query((rs, i) -> baris(rs, hariIni))
        .list();
  }

  private static BinaanRingkas baris(ResultSet rs, LocalDate hariIni) throws SQLException {
    LocalDate sejak = rs.getObject("sejak", LocalDate.class);
    LocalDate sampai = rs.getObject("sampai", LocalDate.class);
    long akun = rs.getLong("pendamping_akun_id");
    Long akunId = rs.wasNull() ? null : akun;
    return new BinaanRingkas(
        rs.getLong("id"),
        rs.getLong("usaha_id"),
        rs.getString("pendamping"),
        akunId,
        sejak,
        sampai,
        rs.getString("target"),
        rs.getString("dicatat_oleh"),
        !sejak.isAfter(hariIni) && (sampai == null || !sampai.isBefore(hariIni)));
  }
}

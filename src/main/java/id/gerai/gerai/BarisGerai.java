package id.gerai.gerai;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Turns rows of {@code gerai} and {@code gerai_status_riwayat} into the read records. */
final class BarisGerai {

  private BarisGerai() {}

  /** A list row; the area name is filled in afterwards. */
  static GeraiRingkas ringkas(ResultSet rs, int baris) throws SQLException {
    return new GeraiRingkas(
        rs.getLong("id"),
        GeraiJenis.valueOf(rs.getString("jenis")),
        rs.getString("nama"),
        rs.getString("kode_wilayah"),
        null,
        rs.getString("alamat"),
        rs.getObject("lintang", Double.class),
        rs.getObject("bujur", Double.class),
        rs.getObject("tanggal_buka", LocalDate.class),
        GeraiStatus.valueOf(rs.getString("status")));
  }

  static TitikGerai titik(ResultSet rs, int baris) throws SQLException {
    return new TitikGerai(
        rs.getLong("id"),
        rs.getString("nama"),
        GeraiJenis.valueOf(rs.getString("jenis")),
        GeraiStatus.valueOf(rs.getString("status")),
        rs.getObject("lintang", Double.class),
        rs.getObject("bujur", Double.class));
  }

  static RiwayatStatus riwayat(ResultSet rs, int baris) throws SQLException {
    return new RiwayatStatus(
        GeraiStatus.valueOf(rs.getString("status")),
        rs.getObject("berlaku_sejak", LocalDate.class),
        rs.getString("alasan"),
        rs.getString("oleh"),
        rs.getObject("dicatat_pada", OffsetDateTime.class).toInstant());
  }
}

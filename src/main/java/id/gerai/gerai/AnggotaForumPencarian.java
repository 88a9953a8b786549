package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL read side of forum members, scoped through the gerai they joined by. */
@Component
class AnggotaForumPencarian {

  private static final String KOLOM =
      "a.id, a.gerai_id, g.nama AS gerai_nama, a.nama, a.pelaku_usaha_id, a.telepon, a.peran,"
          + " a.status, a.tanggal_gabung, a.tanggal_keluar";

  private final JdbcClient jdbc;

  AnggotaForumPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Halaman<AnggotaForumRingkas> cari(
      Long geraiId, AnggotaForumStatus status, int nomor, Integer ukuran, Cakupan c, boolean utuh) {
    SyaratSql s = c.syarat("g.kode_wilayah", "g.id", null);
    Map<String, Object> params = new HashMap<>(s.params());
    StringBuilder where = new StringBuilder(s.sql());
    if (geraiId != null) {
      where.append(" AND a.gerai_id = :geraiId");
      params.put("geraiId", geraiId);
    }
    if (status != null) {
      where.append(" AND a.status = :status");
      params.put("status", status.name());
    }
    String dari = " FROM anggota_forum a JOIN gerai g ON g.id = a.gerai_id WHERE " + where;
    long total = jdbc.sql("SELECT COUNT(*)" + dari).params(params).query(Long.class).single();
    int u = Halaman.ukuranAman(ukuran);
    int n = Math.max(0, nomor);
    List<AnggotaForumRingkas> isi =
        jdbc.sql(
                "SELECT "
                    + KOLOM
                    + dari
                    + " ORDER BY a.status, a.nama, a.id LIMIT :batas OFFSET :mulai")
            .params(params)
            .param("batas", u)
            .param("mulai", (long) n * u)
            .query((rs, i) -> baris(rs, utuh))
            .list();
    return new Halaman<>(isi, n, u, total);
  }

  /** Members registered at any time during the period (joined by its end, not left before it). */
  long terdaftar(long geraiId, Periode p) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM anggota_forum WHERE gerai_id = :id AND tanggal_gabung <= :selesai"
                + " AND (tanggal_keluar IS NULL OR tanggal_keluar > :mulai)")
        .param("id", geraiId)
        .param("mulai", p.mulai())
        .param("selesai", p.selesai())
        .query(Long.class)
        .single();
  }

  /** Active members at the end of each of the {@code n} months up to {@code akhir}. */
  List<AnggotaForumBulanan> bulanan(long geraiId, YearMonth akhir, int n) {
    List<LocalDate[]> masa =
        jdbc.sql("SELECT tanggal_gabung, tanggal_keluar FROM anggota_forum WHERE gerai_id = :id")
            .param("id", geraiId)
            .query(
                (rs, i) ->
                    new LocalDate[] {tanggal(rs, "tanggal_gabung"), tanggal(rs, "tanggal_keluar")})
            .list();
    List<AnggotaForumBulanan> hasil = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      YearMonth bulan = akhir.minusMonths(i);
      LocalDate hari = bulan.atEndOfMonth();
      long jumlah =
          masa.stream()
              .filter(m -> !m[0].isAfter(hari) && (m[1] == null || m[1].isAfter(hari)))
              .count();
      hasil.add(new AnggotaForumBulanan(bulan.toString(), jumlah));
    }
    return hasil;
  }

  Optional<KeanggotaanForum> keanggotaan(long pelakuUsahaId) {
    return jdbc.sql(
            "SELECT a.id, a.gerai_id, g.nama, a.peran, a.tanggal_gabung FROM anggota_forum a"
                + " JOIN gerai g ON g.id = a.gerai_id"
                + " WHERE a.pelaku_usaha_id = :id AND a.status = 'AKTIF' ORDER BY a.id LIMIT 1")
        .param("id", pelakuUsahaId)
        .query(
            (rs, i) ->
                new KeanggotaanForum(
                    rs.getLong("id"),
                    rs.getLong("gerai_id"),
                    rs.getString("nama"),
                    AnggotaForumPeran.valueOf(rs.getString("peran")),
                    tanggal(rs, "tanggal_gabung")))
        .optional();
  }

  /** The gerai a member joined by, when the scope reaches it. */
  Optional<Long> geraiAnggota(long anggotaId, Cakupan c) {
    SyaratSql s = c.syarat("g.kode_wilayah", "g.id", null);
    return jdbc.sql(
            "SELECT a.gerai_id FROM anggota_forum a JOIN gerai g ON g.id = a.gerai_id"
                + " WHERE a.id = :id AND "
                + s.sql())
        .param("id", anggotaId)
        .params(s.params())
        .query(Long.class)
        .optional();
  }

  private static AnggotaForumRingkas baris(ResultSet rs, boolean utuh) throws SQLException {
    String telepon = rs.getString("telepon");
    long pu = rs.getLong("pelaku_usaha_id");
    return new AnggotaForumRingkas(
        rs.getLong("id"),
        rs.getLong("gerai_id"),
        rs.getString("gerai_nama"),
        rs.getString("nama"),
        rs.wasNull() ? null : pu,
        utuh ? telepon : PengurusTelepon.samarkan(telepon),
        AnggotaForumPeran.valueOf(rs.getString("peran")),
        AnggotaForumStatus.valueOf(rs.getString("status")),
        tanggal(rs, "tanggal_gabung"),
        tanggal(rs, "tanggal_keluar"));
  }

  private static LocalDate tanggal(ResultSet rs, String kolom) throws SQLException {
    Date d = rs.getDate(kolom);
    return d == null ? null : d.toLocalDate();
  }
}

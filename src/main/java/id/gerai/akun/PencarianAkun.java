package id.gerai.akun;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account list and look-ups as SQL, always inside the caller's scope: an area admin sees the
 * accounts scoped to areas and gerai inside their area; only an admin of the whole home area also
 * sees the own-records accounts (business actors, cooperative officers).
 */
@Component
class PencarianAkun {

  private static final String KOLOM =
      "id, nama_pengguna, nama_lengkap, peran, cakupan_jenis, cakupan_wilayah, cakupan_gerai,"
          + " aktif, dibuat_pada";

  private final JdbcClient jdbc;
  private final PenentuCakupan penentu;

  PencarianAkun(JdbcClient jdbc, PenentuCakupan penentu) {
    this.jdbc = jdbc;
    this.penentu = penentu;
  }

  Halaman<AkunRingkas> halaman(SaringAkun saring, Cakupan pembuat, int nomor, int ukuran) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(saring, pembuat, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM akun WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("batas", ukuran);
    params.put("mulai", (long) nomor * ukuran);
    List<AkunRingkas> isi =
        jdbc.sql(
                "SELECT "
                    + KOLOM
                    + " FROM akun WHERE "
                    + where
                    + " ORDER BY nama_pengguna LIMIT :batas OFFSET :mulai")
            .params(params)
            .query(PencarianAkun::baris)
            .list();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  Optional<AkunRingkas> ambil(long id, Cakupan pembuat) {
    SyaratSql cakupan = cakupan(pembuat);
    return jdbc.sql("SELECT " + KOLOM + " FROM akun WHERE id = :id AND " + cakupan.sql())
        .params(cakupan.params())
        .param("id", id)
        .query(PencarianAkun::baris)
        .optional();
  }

  private String syarat(SaringAkun saring, Cakupan pembuat, Map<String, Object> params) {
    SyaratSql cakupan = cakupan(pembuat);
    params.putAll(cakupan.params());
    StringBuilder sql = new StringBuilder(cakupan.sql());
    if (saring.peran() != null) {
      sql.append(" AND peran = :peran");
      params.put("peran", saring.peran().name());
    }
    if (saring.aktif() != null) {
      sql.append(" AND aktif = :aktif");
      params.put("aktif", saring.aktif());
    }
    String q = saring.q() == null ? "" : saring.q().trim().toLowerCase();
    if (!q.isEmpty()) {
      sql.append(
          " AND (LOWER(nama_pengguna) LIKE :q ESCAPE '\\' OR LOWER(nama_lengkap) LIKE :q ESCAPE '\\')");
      params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return sql.toString();
  }

  private SyaratSql cakupan(Cakupan pembuat) {
    if (penentu.mencakupRumah(pembuat)) {
      return new SyaratSql("1 = 1", Map.of());
    }
    return pembuat.syarat("cakupan_wilayah", "cakupan_gerai", null);
  }

  private static AkunRingkas baris(ResultSet rs, int i) throws SQLException {
    long id = rs.getLong("id");
    String kode = rs.getString("cakupan_wilayah");
    Cakupan cakupan =
        switch (Cakupan.Jenis.valueOf(rs.getString("cakupan_jenis"))) {
          case WILAYAH -> Cakupan.wilayah(kode);
          case GERAI -> Cakupan.gerai(rs.getLong("cakupan_gerai"), kode);
          case MILIK_SENDIRI -> Cakupan.milikSendiri(id);
          case TIDAK_ADA -> Cakupan.TIDAK_ADA;
        };
    return new AkunRingkas(
        id,
        rs.getString("nama_pengguna"),
        rs.getString("nama_lengkap"),
        Peran.valueOf(rs.getString("peran")),
        cakupan,
        rs.getBoolean("aktif"),
        rs.getTimestamp("dibuat_pada").toInstant());
  }
}

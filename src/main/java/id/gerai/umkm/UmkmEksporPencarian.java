package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.KodeWilayah;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register list's query as a row stream for exports: the same scope condition and the same
 * filters as {@link PencarianUmkm}, without paging, with the owner's NIK and phone and the latest
 * year's class by sales.
 */
@Component
class UmkmEksporPencarian {

  private static final int UKURAN_AMBIL = 500;
  private static final String SQL =
      "SELECT u.nama, p.nama AS pemilik, p.nik, p.telepon, u.nib, u.kbli_kode, u.kode_wilayah,"
          + " u.gerai_id, u.status, u.status_verifikasi, a.kelas_omzet, a.tahun"
          + " FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id"
          + " LEFT JOIN angka_tahunan a ON a.usaha_id = u.id AND a.tahun ="
          + " (SELECT MAX(a2.tahun) FROM angka_tahunan a2 WHERE a2.usaha_id = u.id) WHERE ";

  private final JdbcClient jdbc;

  UmkmEksporPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The query for these filters; checks them first, so a bad filter fails before any output. */
  Kueri kueri(UmkmSaringan s, Cakupan cakupan, boolean terbuka) {
    Map<String, Object> params = new HashMap<>();
    SyaratSql syarat = cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
    params.putAll(syarat.params());
    String sql = SQL + syarat.sql() + saringan(s, params) + " ORDER BY LOWER(u.nama), u.id";
    return new Kueri(sql, params, terbuka);
  }

  /** A checked query, streamed row by row to the consumer. */
  final class Kueri {
    private final String sql;
    private final Map<String, Object> params;
    private final boolean terbuka;

    private Kueri(String sql, Map<String, Object> params, boolean terbuka) {
      this.sql = sql;
      this.params = params;
      this.terbuka = terbuka;
    }

    void alirkan(Consumer<EksporBaris> tujuan) {
      try (Stream<EksporBaris> baris =
          jdbc
              .sql(sql)
              .params(params)
              .withFetchSize(UKURAN_AMBIL)
              .query((rs, i) -> baris(rs, terbuka))
              .stream()) {
        baris.forEach(tujuan);
      }
    }
  }

  private static EksporBaris baris(ResultSet rs, boolean terbuka) throws SQLException {
    String nik = rs.getString("nik");
    String telepon = rs.getString("telepon");
    Integer tahun = rs.getObject("tahun", Integer.class);
    return new EksporBaris(
        rs.getString("nama"),
        rs.getString("pemilik"),
        terbuka ? nik : Nik.samarkan(nik),
        terbuka ? telepon : Telepon.samarkan(telepon),
        rs.getString("nib"),
        rs.getString("kbli_kode"),
        rs.getString("kode_wilayah"),
        null,
        rs.getObject("gerai_id", Long.class),
        rs.getString("status"),
        rs.getString("status_verifikasi"),
        rs.getString("kelas_omzet"),
        tahun);
  }

  /** The list's filters, as in {@link PencarianUmkm} (kept in step with it). */
  private static String saringan(UmkmSaringan s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (isi(s.q())) {
      sql.append(
          " AND (LOWER(u.nama) LIKE :q ESCAPE '\\' OR LOWER(p.nama) LIKE :q ESCAPE '\\'"
              + " OR EXISTS (SELECT 1 FROM produk pr WHERE pr.usaha_id = u.id"
              + " AND LOWER(pr.nama) LIKE :q ESCAPE '\\'))");
      params.put("q", "%" + s.q().strip().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (isi(s.kelurahan())) {
      sql.append(" AND u.kode_wilayah = :kelurahan");
      params.put("kelurahan", KodeWilayah.periksa(s.kelurahan()));
    } else if (isi(s.kecamatan())) {
      sql.append(" AND u.kode_wilayah LIKE :kecamatan");
      params.put("kecamatan", KodeWilayah.periksa(s.kecamatan()) + ".%");
    }
    if (s.gerai() != null) {
      sql.append(" AND u.gerai_id = :gerai");
      params.put("gerai", s.gerai());
    }
    if (isi(s.kbli())) {
      if (!s.kbli().strip().matches("[0-9]{2,5}")) {
        throw new MasukanTidakSah("umkm.register.kbli-saringan", s.kbli().strip());
      }
      sql.append(" AND u.kbli_kode LIKE :kbli");
      params.put("kbli", s.kbli().strip() + "%");
    }
    if (s.verifikasi() != null) {
      sql.append(" AND u.status_verifikasi = :verifikasi");
      params.put("verifikasi", s.verifikasi().name());
    }
    if (s.status() != null) {
      sql.append(" AND u.status = :status");
      params.put("status", s.status().name());
    }
    return sql.toString();
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}

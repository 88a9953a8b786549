package id.gerai.umkm;

import id.gerai.shared.Cakupan;
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
    String sql =
        SQL
            + PencarianUmkm.syarat(cakupan, params)
            + PencarianUmkm.saringan(s, params)
            + " ORDER BY LOWER(u.nama), u.id";
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
}

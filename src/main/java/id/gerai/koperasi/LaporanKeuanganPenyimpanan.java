package id.gerai.koperasi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of financial statements. One column per figure, named as the figure; callers have already
 * checked that the cooperative is in the caller's scope.
 */
@Component
class LaporanKeuanganPenyimpanan {

  private static final String POS =
      Arrays.stream(LaporanKeuanganPos.values())
          .map(LaporanKeuanganPos::kode)
          .collect(Collectors.joining(", "));
  private static final String KOLOM =
      "koperasi_id, tahun, "
          + POS
          + ", status_verifikasi, dicatat_oleh, dicatat_pada, diverifikasi_oleh,"
          + " diverifikasi_pada, versi";

  private final JdbcClient jdbc;

  LaporanKeuanganPenyimpanan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LaporanKeuangan> baca(long koperasiId, int tahun) {
    return jdbc.sql(
            "SELECT " + KOLOM + " FROM laporan_keuangan WHERE koperasi_id = :id AND tahun = :tahun")
        .param("id", koperasiId)
        .param("tahun", tahun)
        .query(LaporanKeuanganPenyimpanan::laporan)
        .optional();
  }

  List<LaporanKeuangan> semua(long koperasiId) {
    return jdbc.sql(
            "SELECT " + KOLOM + " FROM laporan_keuangan WHERE koperasi_id = :id ORDER BY tahun")
        .param("id", koperasiId)
        .query(LaporanKeuanganPenyimpanan::laporan)
        .list();
  }

  /** Every statement of every cooperative, as (cooperative, year) keys, for a full recount. */
  List<long[]> semuaKunci() {
    return jdbc.sql("SELECT koperasi_id, tahun FROM laporan_keuangan")
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)})
        .list();
  }

  void simpan(LaporanKeuangan l, boolean baru) {
    if (!baru) {
      jdbc.sql("DELETE FROM laporan_keuangan WHERE koperasi_id = :id AND tahun = :tahun")
          .param("id", l.koperasiId())
          .param("tahun", l.tahun())
          .update();
    }
    String nilai =
        Arrays.stream(LaporanKeuanganPos.values())
            .map(p -> ":" + p.kode())
            .collect(Collectors.joining(", "));
    var sql =
        jdbc.sql(
                "INSERT INTO laporan_keuangan ("
                    + KOLOM
                    + ") VALUES (:id, :tahun, "
                    + nilai
                    + ", :status, :oleh, :pada, :verifOleh, :verifPada, :versi)")
            .param("id", l.koperasiId())
            .param("tahun", l.tahun())
            .param("status", l.statusVerifikasi().name())
            .param("oleh", l.dicatatOleh())
            .param("pada", l.dicatatPada())
            .param("verifOleh", l.diverifikasiOleh())
            .param("verifPada", l.diverifikasiPada())
            .param("versi", l.versi());
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      sql = sql.param(p.kode(), l.angka(p), java.sql.Types.NUMERIC);
    }
    sql.update();
  }

  private static LaporanKeuangan laporan(ResultSet rs, int i) throws SQLException {
    Map<String, BigDecimal> angka = LaporanKeuangan.kosong();
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      angka.put(p.kode(), rs.getBigDecimal(p.kode()));
    }
    return new LaporanKeuangan(
        rs.getLong("koperasi_id"),
        rs.getInt("tahun"),
        java.util.Collections.unmodifiableMap(angka),
        LaporanKeuangan.StatusVerifikasi.valueOf(rs.getString("status_verifikasi")),
        rs.getString("dicatat_oleh"),
        rs.getObject("dicatat_pada", OffsetDateTime.class),
        rs.getString("diverifikasi_oleh"),
        rs.getObject("diverifikasi_pada", OffsetDateTime.class),
        rs.getInt("versi"));
  }
}

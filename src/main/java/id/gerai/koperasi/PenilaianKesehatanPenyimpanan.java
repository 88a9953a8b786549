package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored outcome of each year's assessment, and the supervision list read from it: active
 * cooperatives of an assessed group, in the caller's scope, whose latest statements are under
 * supervision, incomplete, or missing.
 */
@Component
class PenilaianKesehatanPenyimpanan {

  private static final String DARI =
      " FROM koperasi k"
          + " LEFT JOIN (SELECT koperasi_id, MAX(tahun) AS tahun FROM laporan_keuangan"
          + " GROUP BY koperasi_id) t ON t.koperasi_id = k.id"
          + " LEFT JOIN penilaian_kesehatan p ON p.koperasi_id = k.id AND p.tahun = t.tahun"
          + " LEFT JOIN laporan_keuangan l ON l.koperasi_id = k.id AND l.tahun = t.tahun"
          + " WHERE k.status = 'AKTIF' AND k.kelompok IN (:kelompok)"
          + " AND (t.tahun IS NULL OR p.koperasi_id IS NULL OR p.lengkap = FALSE"
          + " OR p.predikat IN ('DALAM_PENGAWASAN', 'DALAM_PENGAWASAN_KHUSUS'))";
  private static final String URUTAN =
      " ORDER BY CASE WHEN p.predikat = 'DALAM_PENGAWASAN_KHUSUS' THEN 0"
          + " WHEN p.predikat = 'DALAM_PENGAWASAN' THEN 1 WHEN t.tahun IS NOT NULL THEN 2"
          + " ELSE 3 END, k.nama, k.id";

  private final JdbcClient jdbc;

  PenilaianKesehatanPenyimpanan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void simpan(
      long koperasiId,
      int tahun,
      Long rubrikId,
      boolean lengkap,
      BigDecimal total,
      PredikatKesehatan predikat,
      OffsetDateTime pada) {
    jdbc.sql("DELETE FROM penilaian_kesehatan WHERE koperasi_id = :id AND tahun = :tahun")
        .param("id", koperasiId)
        .param("tahun", tahun)
        .update();
    jdbc.sql(
            "INSERT INTO penilaian_kesehatan (koperasi_id, tahun, rubrik_id, lengkap, total_skor,"
                + " predikat, dihitung_pada) VALUES (:id, :tahun, :rubrik, :lengkap, :total,"
                + " :predikat, :pada)")
        .param("id", koperasiId)
        .param("tahun", tahun)
        .param("rubrik", rubrikId, java.sql.Types.BIGINT)
        .param("lengkap", lengkap)
        .param("total", total, java.sql.Types.NUMERIC)
        .param("predikat", predikat == null ? null : predikat.name(), java.sql.Types.VARCHAR)
        .param("pada", pada)
        .update();
  }

  long hitungPengawasan(
      Cakupan cakupan, Set<String> kelompok, PenilaianKesehatanPengawasan.Alasan alasan) {
    SyaratSql syarat = cakupan.syarat("k.kode_wilayah", "k.gerai_id", "k.akun_id");
    return jdbc.sql("SELECT COUNT(*)" + DARI + saring(alasan) + " AND " + syarat.sql())
        .params(param(kelompok, syarat))
        .query(Long.class)
        .single();
  }

  List<PenilaianKesehatanPengawasan> pengawasan(
      Cakupan cakupan,
      Set<String> kelompok,
      PenilaianKesehatanPengawasan.Alasan alasan,
      int mulai,
      int batas) {
    SyaratSql syarat = cakupan.syarat("k.kode_wilayah", "k.gerai_id", "k.akun_id");
    return jdbc.sql(
            "SELECT k.id, k.nama, k.kode_wilayah, k.kelompok, t.tahun, p.lengkap, p.total_skor,"
                + " p.predikat, l.status_verifikasi"
                + DARI
                + saring(alasan)
                + " AND "
                + syarat.sql()
                + URUTAN
                + " LIMIT :batas OFFSET :mulai")
        .params(param(kelompok, syarat))
        .param("batas", batas)
        .param("mulai", mulai)
        .query(PenilaianKesehatanPenyimpanan::baris)
        .list();
  }

  /** One reason only, or all of them (null). The reasons are fixed SQL, never user text. */
  private static String saring(PenilaianKesehatanPengawasan.Alasan alasan) {
    if (alasan == null) {
      return "";
    }
    return switch (alasan) {
      case TANPA_LAPORAN -> " AND t.tahun IS NULL";
      case TIDAK_LENGKAP -> " AND t.tahun IS NOT NULL AND p.predikat IS NULL";
      case DALAM_PENGAWASAN -> " AND p.predikat = 'DALAM_PENGAWASAN'";
      case DALAM_PENGAWASAN_KHUSUS -> " AND p.predikat = 'DALAM_PENGAWASAN_KHUSUS'";
    };
  }

  private static Map<String, Object> param(Set<String> kelompok, SyaratSql syarat) {
    Map<String, Object> p = new HashMap<>(syarat.params());
    p.put("kelompok", kelompok.isEmpty() ? List.of("-") : List.copyOf(kelompok));
    return p;
  }

  private static PenilaianKesehatanPengawasan baris(ResultSet rs, int i) throws SQLException {
    int tahun = rs.getInt("tahun");
    Integer t = rs.wasNull() ? null : tahun;
    String predikat = rs.getString("predikat");
    PenilaianKesehatanPengawasan.Alasan alasan;
    if (t == null) {
      alasan = PenilaianKesehatanPengawasan.Alasan.TANPA_LAPORAN;
    } else if (predikat == null) {
      alasan = PenilaianKesehatanPengawasan.Alasan.TIDAK_LENGKAP;
    } else {
      alasan = PenilaianKesehatanPengawasan.Alasan.valueOf(predikat);
    }
    return new PenilaianKesehatanPengawasan(
        rs.getLong("id"),
        rs.getString("nama"),
        rs.getString("kode_wilayah"),
        rs.getString("kelompok"),
        t,
        alasan,
        rs.getBigDecimal("total_skor"),
        "TERVERIFIKASI".equals(rs.getString("status_verifikasi")));
  }
}

package id.gerai.konsultasi;

import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.JenisBerkas;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cases' read side: lists and one case straight from SQL, always ANDing the caller's scope. */
@Component
class PencarianKonsultasi {

  /** Overdue: not solved or closed, and no answer by the response deadline or past resolution. */
  static final String TERLAMBAT_TANGGAPAN =
      "(k.status NOT IN ('SELESAI', 'DITUTUP') AND k.tanggapan_pertama_pada IS NULL"
          + " AND k.batas_tanggapan < :kini)";

  static final String TERLAMBAT_SELESAI =
      "(k.status NOT IN ('SELESAI', 'DITUTUP') AND k.batas_selesai < :kini)";

  static final String TERLAMBAT = "(" + TERLAMBAT_TANGGAPAN + " OR " + TERLAMBAT_SELESAI + ")";

  private static final String KOLOM =
      "SELECT k.id, k.nama_subjek, k.kategori, k.urgensi, k.status, k.kode_wilayah,"
          + " k.ditugaskan_nama, k.ditugaskan_peran, k.dibuat_pada, k.batas_selesai,"
          + " CASE WHEN "
          + TERLAMBAT
          + " THEN 1 ELSE 0 END AS terlambat FROM konsultasi k WHERE ";

  private final JdbcClient jdbc;

  PencarianKonsultasi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Halaman<KonsultasiRingkas> cari(SaringanKonsultasi s, Pemanggil p, OffsetDateTime kini) {
    Map<String, Object> params = new HashMap<>(Map.of("kini", kini));
    String where = syarat(p, params) + saringan(s, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM konsultasi k WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = s.halaman() == null ? 0 : Math.max(0, s.halaman());
    List<KonsultasiRingkas> isi =
        jdbc.sql(
                KOLOM
                    + where
                    + " ORDER BY k.dibuat_pada DESC, k.id DESC LIMIT :batas OFFSET :mulai")
            .params(params)
            .param("batas", ukuran)
            .param("mulai", (long) nomor * ukuran)
            .query(PencarianKonsultasi::ringkas)
            .list();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  /** Whether the case exists and the caller may see it. */
  boolean terjangkau(long id, Pemanggil p) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql = "SELECT COUNT(*) FROM konsultasi k WHERE k.id = :id AND " + syarat(p, params);
    return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
  }

  List<TanggapanRingkas> tanggapan(long id) {
    return jdbc.sql(
            "SELECT id, isi, oleh, dari_pelaku, pada FROM tanggapan WHERE konsultasi_id = :id"
                + " ORDER BY id")
        .param("id", id)
        .query(
            (rs, i) ->
                new TanggapanRingkas(
                    rs.getLong("id"),
                    rs.getString("isi"),
                    rs.getString("oleh"),
                    rs.getBoolean("dari_pelaku"),
                    waktu(rs, "pada")))
        .list();
  }

  List<LampiranRingkas> lampiran(long id) {
    return jdbc.sql(
            "SELECT id, berkas_nama_asli, berkas_jenis, berkas_ukuran, diunggah_oleh,"
                + " diunggah_pada FROM lampiran_konsultasi WHERE konsultasi_id = :id ORDER BY id")
        .param("id", id)
        .query(
            (rs, i) ->
                new LampiranRingkas(
                    rs.getLong("id"),
                    rs.getString("berkas_nama_asli"),
                    JenisBerkas.valueOf(rs.getString("berkas_jenis")),
                    rs.getLong("berkas_ukuran"),
                    rs.getString("diunggah_oleh"),
                    waktu(rs, "diunggah_pada")))
        .list();
  }

  /** An attachment and its case, when the caller may see the case. */
  Optional<BerkasTersimpan> berkasLampiran(long lampiranId, Pemanggil p) {
    Map<String, Object> params = new HashMap<>(Map.of("id", lampiranId));
    String sql =
        "SELECT l.berkas_nama, l.berkas_nama_asli, l.berkas_ukuran, l.berkas_sha256,"
            + " l.berkas_jenis FROM lampiran_konsultasi l JOIN konsultasi k"
            + " ON k.id = l.konsultasi_id WHERE l.id = :id AND "
            + syarat(p, params);
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                new BerkasTersimpan(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    JenisBerkas.valueOf(rs.getString(5))))
        .optional();
  }

  static String syarat(Pemanggil p, Map<String, Object> params) {
    SyaratSql s = SyaratKonsultasi.untuk(p);
    params.putAll(s.params());
    return s.sql();
  }

  private static String saringan(SaringanKonsultasi s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (s.status() != null) {
      sql.append(" AND k.status = :status");
      params.put("status", s.status().name());
    }
    if (s.kategori() != null) {
      sql.append(" AND k.kategori = :kategori");
      params.put("kategori", s.kategori().name());
    }
    if (Boolean.TRUE.equals(s.terlambat())) {
      sql.append(" AND ").append(TERLAMBAT);
    }
    if (s.usaha() != null) {
      sql.append(" AND k.usaha_id = :usaha");
      params.put("usaha", s.usaha());
    }
    if (s.koperasi() != null) {
      sql.append(" AND k.koperasi_id = :koperasi");
      params.put("koperasi", s.koperasi());
    }
    return sql.toString();
  }

  private static KonsultasiRingkas ringkas(ResultSet rs, int i) throws SQLException {
    String peran = rs.getString("ditugaskan_peran");
    return new KonsultasiRingkas(
        rs.getLong("id"),
        rs.getString("nama_subjek"),
        KategoriMasalah.valueOf(rs.getString("kategori")),
        Urgensi.valueOf(rs.getString("urgensi")),
        StatusKonsultasi.valueOf(rs.getString("status")),
        rs.getString("kode_wilayah"),
        rs.getString("ditugaskan_nama"),
        peran == null ? null : PeranTujuan.valueOf(peran),
        waktu(rs, "dibuat_pada"),
        waktu(rs, "batas_selesai"),
        rs.getInt("terlambat") == 1);
  }

  static OffsetDateTime waktu(ResultSet rs, String kolom) throws SQLException {
    return rs.getObject(kolom, OffsetDateTime.class);
  }
}

package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of activities: the calendar and list, one activity, and whether the caller's scope
 * reaches it, each query ANDing the scope on the activity's area and gerai. A business actor's
 * scope (own records) reaches no activity.
 */
@Component
class KegiatanPencarian {

  private static final String TERDAFTAR =
      "(SELECT COUNT(*) FROM peserta p WHERE p.kegiatan_id = k.id AND p.status = 'TERDAFTAR'"
          + " AND p.peran = 'PESERTA')";
  private static final String KOLOM =
      "SELECT k.id, k.jenis, k.judul, k.mulai, k.selesai, k.gerai_id, g.nama AS nama_gerai,"
          + " k.kode_wilayah, k.penyelenggara, k.kapasitas, "
          + TERDAFTAR
          + " AS terdaftar";
  private static final String DARI =
      " FROM kegiatan k LEFT JOIN gerai g ON g.id = k.gerai_id WHERE ";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;

  KegiatanPencarian(JdbcClient jdbc, WilayahService wilayah) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
  }

  static String syarat(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql s = ForumKegiatan.syarat(cakupan);
    params.putAll(s.params());
    return s.sql();
  }

  Halaman<KegiatanRingkas> cari(SaringKegiatan s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(cakupan, params) + saringan(s, params);
    long total =
        jdbc.sql("SELECT COUNT(*)" + DARI + where).params(params).query(Long.class).single();
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = s.halaman() == null ? 0 : Math.max(0, s.halaman());
    List<KegiatanRingkas> isi =
        jdbc.sql(KOLOM + DARI + where + " ORDER BY k.mulai, k.id LIMIT :batas OFFSET :mulaiDari")
            .params(params)
            .param("batas", ukuran)
            .param("mulaiDari", (long) nomor * ukuran)
            .query(KegiatanPencarian::ringkas)
            .list();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  private static String saringan(SaringKegiatan s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (s.dari() != null) {
      sql.append(" AND k.selesai >= :dari");
      params.put("dari", KegiatanWaktu.awalHari(s.dari()));
    }
    if (s.sampai() != null) {
      sql.append(" AND k.mulai < :sampai");
      params.put("sampai", KegiatanWaktu.awalHari(s.sampai().plusDays(1)));
    }
    if (s.jenis() != null) {
      sql.append(" AND k.jenis = :jenis");
      params.put("jenis", s.jenis().name());
    }
    if (s.gerai() != null) {
      sql.append(" AND k.gerai_id = :gerai");
      params.put("gerai", s.gerai());
    }
    if (s.q() != null && !s.q().isBlank()) {
      sql.append(" AND LOWER(k.judul) LIKE :q ESCAPE '\\'");
      params.put("q", "%" + s.q().strip().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    return sql.toString();
  }

  boolean terjangkau(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql = "SELECT COUNT(*) FROM kegiatan k WHERE k.id = :id AND " + syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
  }

  /** The activity with its gerai name, counts and files, when the scope reaches it. */
  Optional<KegiatanDetail> detail(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql =
        "SELECT k.*, g.nama AS nama_gerai, "
            + TERDAFTAR
            + " AS terdaftar, (SELECT COUNT(*) FROM peserta p WHERE p.kegiatan_id = k.id"
            + " AND p.status = 'MENUNGGU') AS menunggu, (SELECT COUNT(*) FROM peserta p"
            + " WHERE p.kegiatan_id = k.id AND p.hadir_pada IS NOT NULL) AS hadir"
            + DARI
            + "k.id = :id AND "
            + syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(this::detail).optional();
  }

  private KegiatanDetail detail(ResultSet rs, int i) throws SQLException {
    long id = rs.getLong("id");
    String kode = rs.getString("kode_wilayah");
    return new KegiatanDetail(
        id,
        KegiatanJenis.valueOf(rs.getString("jenis")),
        rs.getString("judul"),
        waktu(rs, "mulai"),
        waktu(rs, "selesai"),
        panjangAtauNull(rs, "gerai_id"),
        rs.getString("nama_gerai"),
        kode,
        wilayah.cari(kode).map(Wilayah::nama).orElse(kode),
        rs.getString("alamat"),
        desimalAtauNull(rs, "lintang"),
        desimalAtauNull(rs, "bujur"),
        rs.getString("penyelenggara"),
        bulatAtauNull(rs, "kapasitas"),
        bulatAtauNull(rs, "kuota_binaan"),
        rs.getString("deskripsi"),
        rs.getString("catatan_hasil"),
        rs.getInt("versi"),
        rs.getLong("terdaftar"),
        rs.getLong("menunggu"),
        rs.getLong("hadir"),
        berkas(id),
        rs.getBoolean("oleh_forum"));
  }

  List<KegiatanBerkasRingkas> berkas(long kegiatanId) {
    return jdbc.sql(
            "SELECT * FROM kegiatan_berkas WHERE kegiatan_id = :id ORDER BY diunggah_pada, id")
        .param("id", kegiatanId)
        .query(
            (rs, i) ->
                new KegiatanBerkasRingkas(
                    rs.getLong("id"),
                    rs.getString("nama_asli"),
                    rs.getLong("ukuran"),
                    rs.getString("jenis_berkas"),
                    !"PDF".equals(rs.getString("jenis_berkas")),
                    rs.getString("keterangan"),
                    rs.getString("diunggah_oleh"),
                    waktu(rs, "diunggah_pada")))
        .list();
  }

  static LocalDateTime waktu(ResultSet rs, String kolom) throws SQLException {
    OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
    return t == null ? null : t.atZoneSameInstant(KegiatanWaktu.ZONA).toLocalDateTime();
  }

  static Integer bulatAtauNull(ResultSet rs, String kolom) throws SQLException {
    int v = rs.getInt(kolom);
    return rs.wasNull() ? null : v;
  }

  static Double desimalAtauNull(ResultSet rs, String kolom) throws SQLException {
    double v = rs.getDouble(kolom);
    return rs.wasNull() ? null : v;
  }

  static Long panjangAtauNull(ResultSet rs, String kolom) throws SQLException {
    long v = rs.getLong(kolom);
    return rs.wasNull() ? null : v;
  }

  private static KegiatanRingkas ringkas(ResultSet rs, int i) throws SQLException {
    Integer kapasitas = bulatAtauNull(rs, "kapasitas");
    return new KegiatanRingkas(
        rs.getLong("id"),
        KegiatanJenis.valueOf(rs.getString("jenis")),
        rs.getString("judul"),
        waktu(rs, "mulai"),
        waktu(rs, "selesai"),
        panjangAtauNull(rs, "gerai_id"),
        rs.getString("nama_gerai"),
        rs.getString("kode_wilayah"),
        rs.getString("penyelenggara"),
        kapasitas,
        rs.getLong("terdaftar"));
  }
}

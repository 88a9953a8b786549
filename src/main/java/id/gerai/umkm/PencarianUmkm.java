package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's read side: lists and search straight from SQL into records, every query ANDing the
 * caller's scope (the business's kelurahan, its gerai, or the owner's account).
 */
@Component
class PencarianUmkm {

  private static final String DARI =
      " FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id WHERE ";
  private static final String KOLOM =
      "SELECT u.id, u.nama, p.nama AS pemilik, u.nib, u.kbli_kode, u.kode_wilayah, u.gerai_id,"
          + " u.status, u.status_verifikasi, u.dibuat_pada";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;

  PencarianUmkm(JdbcClient jdbc, WilayahService wilayah) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
  }

  Halaman<UmkmRingkas> cari(UmkmSaringan s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(cakupan, params) + saringan(s, params);
    long total =
        jdbc.sql("SELECT COUNT(*)" + DARI + where).params(params).query(Long.class).single();
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = s.halaman() == null ? 0 : Math.max(0, s.halaman());
    String urut =
        "terbaru".equals(s.urut())
            ? " ORDER BY u.dibuat_pada DESC, u.id DESC"
            : " ORDER BY LOWER(u.nama), u.id";
    List<UmkmRingkas> isi =
        jdbc.sql(KOLOM + DARI + where + urut + " LIMIT :batas OFFSET :mulai")
            .params(params)
            .param("batas", ukuran)
            .param("mulai", (long) nomor * ukuran)
            .query(PencarianUmkm::ringkas)
            .list();
    return new Halaman<>(namai(isi), nomor, ukuran, total);
  }

  /** Whether the business exists and lies inside the scope. */
  boolean terjangkau(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql = "SELECT COUNT(*)" + DARI + "u.id = :id AND " + syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
  }

  Optional<String> namaWilayah(String kode) {
    return kode == null ? Optional.empty() : wilayah.cari(kode).map(Wilayah::nama);
  }

  /** A valid permit of a kind; an NIB in the business's own column counts too. */
  private static final String IZIN_BERLAKU =
      "((:izinPunya = 'NIB' AND u.nib IS NOT NULL) OR EXISTS (SELECT 1 FROM legalitas l"
          + " WHERE l.usaha_id = u.id AND l.jenis = :izinPunya"
          + " AND (l.berlaku_sampai IS NULL OR l.berlaku_sampai >= :hariIniIzin)))";

  /** The caller's scope on a business and its owner (aliases u and p); shared with the export. */
  static String syarat(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql s = cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
    params.putAll(s.params());
    return s.sql();
  }

  /** The list's filters as SQL; the export uses the same, so both always select alike. */
  static String saringan(UmkmSaringan s, Map<String, Object> params) {
    // A business merged into another lives on only as its history; lists show the kept one.
    StringBuilder sql = new StringBuilder(" AND u.digabung_ke IS NULL");
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
    return sql.append(saringanNaikKelas(s, params)).toString();
  }

  /** Latest class by sales, binaan today, a valid permit held or missing, the ladder's rung. */
  private static String saringanNaikKelas(UmkmSaringan s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (s.kelas() != null) {
      sql.append(
          " AND (SELECT a.kelas_omzet FROM angka_tahunan a WHERE a.usaha_id = u.id"
              + " ORDER BY a.tahun DESC LIMIT 1) = :kelas");
      params.put("kelas", s.kelas().name());
    }
    if (s.binaan() != null) {
      sql.append(s.binaan() ? " AND " : " AND NOT ").append(BinaanService.SYARAT_BINAAN);
      params.put("hariIniBinaan", BinaanService.hariIni());
    }
    if (s.punyaIzin() != null) {
      sql.append(" AND ").append(IZIN_BERLAKU);
      params.put("izinPunya", s.punyaIzin().name());
    }
    if (s.tanpaIzin() != null) {
      sql.append(" AND NOT ").append(IZIN_BERLAKU.replace(":izinPunya", ":izinTanpa"));
      params.put("izinTanpa", s.tanpaIzin().name());
    }
    if (s.punyaIzin() != null || s.tanpaIzin() != null) {
      params.put("hariIniIzin", BinaanService.hariIni());
    }
    if (isi(s.tangga())) {
      sql.append(TanggaSaringan.sql(s.tangga(), params));
    }
    return sql.toString();
  }

  private static UmkmRingkas ringkas(ResultSet rs, int i) throws SQLException {
    Timestamp dibuat = rs.getTimestamp("dibuat_pada");
    Long gerai = rs.getObject("gerai_id", Long.class);
    return new UmkmRingkas(
        rs.getLong("id"),
        rs.getString("nama"),
        rs.getString("pemilik"),
        rs.getString("nib"),
        rs.getString("kbli_kode"),
        rs.getString("kode_wilayah"),
        null,
        gerai,
        UsahaStatus.valueOf(rs.getString("status")),
        VerifikasiStatus.valueOf(rs.getString("status_verifikasi")),
        dibuat == null ? null : dibuat.toInstant());
  }

  private List<UmkmRingkas> namai(List<UmkmRingkas> isi) {
    Map<String, String> nama = new HashMap<>();
    return isi.stream()
        .map(
            u ->
                u.denganNamaWilayah(
                    nama.computeIfAbsent(u.kodeWilayah(), k -> namaWilayah(k).orElse(k))))
        .toList();
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}

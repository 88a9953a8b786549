package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
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

  /** Whether a condition reads the owner (alias p), which the page's ids then need joined. */
  private static final Pattern PAKAI_PEMILIK = Pattern.compile("(?<![\\w.])p\\.");

  /** Totals are counted exactly up to this many matches; beyond, the total reads as more. */
  static final int BATAS_HITUNG = UmkmSaringan.BATAS_HITUNG;

  /** At most this many matching ids are gathered; beyond, the text search walks the list. */
  private static final int BANYAK_NAMA = 50_000;

  /**
   * From this many estimated matches on (and from 1% of the businesses, when that is more) the text
   * search walks the list's name-order index instead of gathering ids. Gathering reads one table
   * row per match; the walk reads only index entries (V53_1), about {@link #BATAS_HITUNG} divided
   * by the share of matches before its capped count is done. On 1,000,000 businesses
   * (bench/cari.sh) the walk is the cheaper from about 1% on.
   */
  private static final int NAMA_UNTUK_JALAN = 10 * BATAS_HITUNG;

  /**
   * Ways of writing the text search; all select the same rows. H2 (small registers) keeps the plain
   * one; PostgreSQL picks by how many names match (see bentukTeks).
   */
  enum BentukTeks {
    /** Joined owner name and an EXISTS on products, checked on each business. */
    ASLI,
    /** Ids gathered first from the business, owner and product name indexes, bound as an array. */
    GABUNG,
    /**
     * Owner and product matches gathered once and bound as arrays, checked while walking the list
     * in its order; the page and its count share the one gathering.
     */
    JALAN,
    /** The same walk with owner and product matches as sub-queries, when too many to bind. */
    SARING
  }

  private final JdbcClient jdbc;
  private final WilayahService wilayah;
  private final boolean postgresql;

  PencarianUmkm(JdbcClient jdbc, WilayahService wilayah, DataSource dataSource) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
    this.postgresql = postgresql(dataSource);
  }

  private static boolean postgresql(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
    } catch (SQLException e) {
      return false;
    }
  }

  Halaman<UmkmRingkas> cari(UmkmSaringan s, Cakupan cakupan) {
    return cari(s, cakupan, bentukTeks(s));
  }

  /** The search in a given shape (tests check that every shape selects the same rows). */
  Halaman<UmkmRingkas> cari(UmkmSaringan s, Cakupan cakupan, BentukTeks bentuk) {
    Map<String, Object> params = new HashMap<>();
    if (bentuk == BentukTeks.GABUNG) {
      bentuk = kumpulkanId(s, params);
    }
    if (bentuk == BentukTeks.JALAN) {
      bentuk = kumpulkanPemilikProduk(s, params);
    }
    String where = syarat(cakupan, params) + saringan(s, params, bentuk);
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = s.halaman() == null ? 0 : Math.max(0, s.halaman());
    long mulai = (long) nomor * ukuran;
    String urut =
        "terbaru".equals(s.urut())
            ? " ORDER BY u.dibuat_pada DESC, u.id DESC"
            : " ORDER BY LOWER(u.nama), u.id";
    // The page's ids first, then their columns: on PostgreSQL the ids' walk in list order reads
    // the name-order index alone (V53_1), passing over non-matches without reading their rows.
    String halaman = "SELECT u.id" + dari(where) + where + urut + " LIMIT :batas OFFSET :mulai";
    List<UmkmRingkas> isi =
        jdbc.sql(KOLOM + DARI + "u.id IN (" + halaman + ")" + urut)
            .params(params)
            .param("batas", ukuran)
            .param("mulai", mulai)
            .query(PencarianUmkm::ringkas)
            .list();
    // A walking text search counts along the same index walk, which reads no table rows.
    String urutHitung =
        bentuk == BentukTeks.JALAN || bentuk == BentukTeks.SARING
            ? " ORDER BY LOWER(u.nama), u.id"
            : "";
    return new Halaman<>(
        namai(isi), nomor, ukuran, hitung(where + urutHitung, params, mulai + ukuran));
  }

  /**
   * The businesses, with their owners only when the condition reads them: without the owner, the
   * page's ids and the count can read the name-order and gerai indexes alone.
   */
  private static String dari(String where) {
    return PAKAI_PEMILIK.matcher(where).find() ? DARI : " FROM usaha u WHERE ";
  }

  /**
   * The number of matches, counted up to {@link #BATAS_HITUNG} (or just past the page asked for,
   * when deeper): beyond that an exact count would read every match of a broad filter on each page,
   * so the total then reads {@code batas + 1}, meaning more than {@code batas}.
   */
  private long hitung(String where, Map<String, Object> params, long sampaiHalamanIni) {
    long batas = Math.max(BATAS_HITUNG, sampaiHalamanIni);
    return jdbc.sql(
            "SELECT COUNT(*) FROM (SELECT 1" + dari(where) + where + " LIMIT :batasHitung) h")
        .params(params)
        .param("batasHitung", batas + 1)
        .query(Long.class)
        .single();
  }

  /**
   * How to write the text search for this query. On PostgreSQL, a 1% page sample of the three name
   * columns estimates the matches: under {@link #NAMA_UNTUK_JALAN} (or 1% of the businesses), the
   * matching ids are gathered from the trigram indexes and read by key; from there on (or under
   * three letters, where trigrams do not help), the list is walked in its order until a page is
   * full. All shapes select the same rows.
   */
  private BentukTeks bentukTeks(UmkmSaringan s) {
    if (!postgresql || !isi(s.q())) {
      return BentukTeks.ASLI;
    }
    if (s.q().strip().length() < 3) {
      return BentukTeks.SARING;
    }
    long[] contoh =
        jdbc.sql(
                "SELECT (SELECT COUNT(*) FROM usaha TABLESAMPLE SYSTEM (1) WHERE LOWER(nama) LIKE"
                    + " :q ESCAPE '\\') + (SELECT COUNT(*) FROM pelaku_usaha TABLESAMPLE SYSTEM (1)"
                    + " WHERE LOWER(nama) LIKE :q ESCAPE '\\') + (SELECT COUNT(*) FROM produk"
                    + " TABLESAMPLE SYSTEM (1) WHERE LOWER(nama) LIKE :q ESCAPE '\\'),"
                    + " (SELECT COUNT(*) FROM usaha TABLESAMPLE SYSTEM (1))")
            .param("q", pola(s.q()))
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    long cocok = contoh[0] * 100;
    long usaha = contoh[1] * 100;
    return cocok >= Math.max(NAMA_UNTUK_JALAN, usaha / 100) ? BentukTeks.JALAN : BentukTeks.GABUNG;
  }

  /**
   * Gathers the ids matching the text (PostgreSQL: from the trigram indexes) and binds them as one
   * array, which the planner sees in full: read by primary key, or looked up by hash while walking
   * the list. More than {@link #BANYAK_NAMA}: walk and filter instead.
   */
  private BentukTeks kumpulkanId(UmkmSaringan s, Map<String, Object> params) {
    List<Long> id =
        jdbc.sql("SELECT id FROM (" + ID_TEKS + ") t LIMIT :cukup")
            .param("q", pola(s.q()))
            .param("cukup", BANYAK_NAMA + 1)
            .query(Long.class)
            .list();
    if (id.size() > BANYAK_NAMA) {
      return BentukTeks.SARING;
    }
    params.put("idTeks", new SqlArrayValue("bigint", id.toArray()));
    return BentukTeks.GABUNG;
  }

  /**
   * Gathers the owners and the businesses with a product whose name matches, once for the page and
   * its count (reading an owner's name means reading its table row through the trigram index; a
   * common name fragment reaches most of the owners' pages). More than {@link #BANYAK_NAMA} of
   * either: the walk asks for them in sub-queries instead.
   */
  private BentukTeks kumpulkanPemilikProduk(UmkmSaringan s, Map<String, Object> params) {
    List<Long> pemilik = kumpulkan(PEMILIK_TEKS, s.q());
    List<Long> produk = kumpulkan(PRODUK_TEKS, s.q());
    if (pemilik.size() > BANYAK_NAMA || produk.size() > BANYAK_NAMA) {
      return BentukTeks.SARING;
    }
    params.put("pemilikTeks", new SqlArrayValue("bigint", pemilik.toArray()));
    params.put("produkTeks", new SqlArrayValue("bigint", produk.toArray()));
    return BentukTeks.JALAN;
  }

  private List<Long> kumpulkan(String sql, String q) {
    return jdbc.sql(sql + " LIMIT :cukup")
        .param("q", pola(q))
        .param("cukup", BANYAK_NAMA + 1)
        .query(Long.class)
        .list();
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
    return saringan(s, params, BentukTeks.ASLI);
  }

  /** Business name, owner name or product name contains the text (case-insensitive). */
  private static final String TEKS_ASLI =
      " AND (LOWER(u.nama) LIKE :q ESCAPE '\\' OR LOWER(p.nama) LIKE :q ESCAPE '\\'"
          + " OR EXISTS (SELECT 1 FROM produk pr WHERE pr.usaha_id = u.id"
          + " AND LOWER(pr.nama) LIKE :q ESCAPE '\\'))";

  /** The same condition as {@link #TEKS_ASLI}, owner and product matches gathered once. */
  private static final String TEKS_SARING =
      " AND (LOWER(u.nama) LIKE :q ESCAPE '\\' OR u.pelaku_usaha_id IN (SELECT p2.id FROM"
          + " pelaku_usaha p2 WHERE LOWER(p2.nama) LIKE :q ESCAPE '\\') OR u.id IN (SELECT"
          + " pr.usaha_id FROM produk pr WHERE LOWER(pr.nama) LIKE :q ESCAPE '\\'))";

  /** The same condition as {@link #TEKS_ASLI}, owner and product matches bound as arrays. */
  private static final String TEKS_JALAN =
      " AND (LOWER(u.nama) LIKE :q ESCAPE '\\' OR u.pelaku_usaha_id = ANY(:pemilikTeks)"
          + " OR u.id = ANY(:produkTeks))";

  private static final String PEMILIK_TEKS =
      "SELECT p2.id FROM pelaku_usaha p2 WHERE LOWER(p2.nama) LIKE :q ESCAPE '\\'";

  private static final String PRODUK_TEKS =
      "SELECT DISTINCT pr.usaha_id FROM produk pr WHERE LOWER(pr.nama) LIKE :q ESCAPE '\\'";

  /** The ids of businesses whose own, owner or product name matches, each from its index. */
  private static final String ID_TEKS =
      "SELECT u1.id FROM usaha u1 WHERE LOWER(u1.nama) LIKE :q ESCAPE '\\'"
          + " UNION SELECT u2.id FROM usaha u2 WHERE u2.pelaku_usaha_id IN (SELECT p2.id FROM"
          + " pelaku_usaha p2 WHERE LOWER(p2.nama) LIKE :q ESCAPE '\\') UNION SELECT pr.usaha_id"
          + " FROM produk pr WHERE LOWER(pr.nama) LIKE :q ESCAPE '\\'";

  /** The same condition as {@link #TEKS_ASLI}, with the matching ids gathered beforehand. */
  private static final String TEKS_GABUNG = " AND u.id = ANY(:idTeks)";

  /** The LIKE pattern of a search text: lower case, its own wildcards escaped. */
  private static String pola(String q) {
    return "%" + q.strip().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%";
  }

  private static String saringan(UmkmSaringan s, Map<String, Object> params, BentukTeks bentuk) {
    // A business merged into another lives on only as its history; lists show the kept one.
    StringBuilder sql = new StringBuilder(" AND u.digabung_ke IS NULL");
    if (isi(s.q())) {
      sql.append(
          switch (bentuk) {
            case ASLI -> TEKS_ASLI;
            case GABUNG -> TEKS_GABUNG;
            case JALAN -> TEKS_JALAN;
            case SARING -> TEKS_SARING;
          });
      params.put("q", pola(s.q()));
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
      // The latest year's class is kept on the business (V16, AngkaTahunanPenyimpanan):
      // with a kecamatan it is one index range, and a rare class is counted from the index.
      sql.append(" AND u.kelas_omzet_terakhir = :kelas");
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

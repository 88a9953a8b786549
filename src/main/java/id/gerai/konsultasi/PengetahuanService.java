package id.gerai.konsultasi;

import id.gerai.shared.Halaman;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Know-how: solved cases with personal data stripped, readable by anyone signed in, searched by
 * part of a word regardless of case; and the solved cases most like a new problem. It reads only
 * the anonymised columns, so no query here can leak a name.
 */
@Service
@Transactional(readOnly = true)
public class PengetahuanService {

  private static final String KOLOM =
      "SELECT k.id, k.kategori, SUBSTRING(k.kode_wilayah, 1, 8) AS kecamatan,"
          + " k.pengetahuan_masalah, k.pengetahuan_solusi, k.selesai_pada";
  private static final String DARI =
      " FROM konsultasi k WHERE k.pengetahuan_solusi IS NOT NULL"
          + " AND k.status IN ('SELESAI', 'DITUTUP')";
  private static final String KATA_CARI =
      "(LOWER(k.pengetahuan_masalah) LIKE :%1$s ESCAPE '\\'"
          + " OR LOWER(k.pengetahuan_solusi) LIKE :%1$s ESCAPE '\\')";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;
  private final Map<String, String> namaWilayah = new java.util.concurrent.ConcurrentHashMap<>();

  PengetahuanService(JdbcClient jdbc, WilayahService wilayah) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
  }

  public Halaman<PengetahuanRingkas> cari(
      String q, KategoriMasalah kategori, Integer halaman, Integer ukuran) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(DARI);
    if (q != null && !q.isBlank()) {
      where.append(" AND ").append(KATA_CARI.formatted("q"));
      params.put("q", pola(q));
    }
    if (kategori != null) {
      where.append(" AND k.kategori = :kategori");
      params.put("kategori", kategori.name());
    }
    long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
    int u = Halaman.ukuranAman(ukuran);
    int n = halaman == null ? 0 : Math.max(0, halaman);
    List<PengetahuanRingkas> isi =
        jdbc.sql(KOLOM + where + " ORDER BY k.selesai_pada DESC, k.id DESC LIMIT :b OFFSET :m")
            .params(params)
            .param("b", u)
            .param("m", (long) n * u)
            .query(this::baris)
            .list();
    return new Halaman<>(isi, n, u, total);
  }

  /**
   * Up to five solved cases like a new problem: of its category, ranked by how many of the
   * problem's longer words they share; with no such word, the latest of the category.
   */
  public List<PengetahuanRingkas> serupa(KategoriMasalah kategori, String uraian) {
    if (kategori == null) {
      return List.of();
    }
    List<String> kata = kataPenting(uraian);
    Map<String, Object> params = new HashMap<>(Map.of("kategori", kategori.name()));
    StringBuilder skor = new StringBuilder("0");
    for (int i = 0; i < kata.size(); i++) {
      skor.append(" + CASE WHEN ")
          .append(KATA_CARI.formatted("w" + i))
          .append(" THEN 1 ELSE 0 END");
      params.put("w" + i, pola(kata.get(i)));
    }
    String sql =
        "SELECT * FROM ("
            + KOLOM
            + ", ("
            + skor
            + ") AS skor"
            + DARI
            + " AND k.kategori = :kategori) s"
            + (kata.isEmpty() ? "" : " WHERE s.skor > 0")
            + " ORDER BY s.skor DESC, s.selesai_pada DESC LIMIT 5";
    return jdbc.sql(sql).params(params).query(this::baris).list();
  }

  static List<String> kataPenting(String uraian) {
    if (uraian == null) {
      return List.of();
    }
    return Arrays.stream(uraian.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 4)
        .distinct()
        .limit(8)
        .toList();
  }

  private static String pola(String q) {
    return "%" + q.strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
  }

  /** Area names never change while running; a page of know-how asks for few distinct ones. */
  private String namaKecamatan(String kode) {
    return namaWilayah.computeIfAbsent(kode, k -> wilayah.cari(k).map(Wilayah::nama).orElse(k));
  }

  private PengetahuanRingkas baris(ResultSet rs, int i) throws SQLException {
    String kec = rs.getString("kecamatan");
    return new PengetahuanRingkas(
        rs.getLong("id"),
        KategoriMasalah.valueOf(rs.getString("kategori")),
        kec,
        namaKecamatan(kec),
        rs.getString("pengetahuan_masalah"),
        rs.getString("pengetahuan_solusi"),
        PencarianKonsultasi.waktu(rs, "selesai_pada"));
  }
}

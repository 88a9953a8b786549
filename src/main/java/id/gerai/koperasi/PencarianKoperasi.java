package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's read side: lists and search straight from SQL into records, every query ANDing the
 * caller's scope (the cooperative's kelurahan, its gerai, or its officer's account).
 */
@Component
class PencarianKoperasi {

  private static final String KOLOM =
      "SELECT k.id, k.nama, k.nomor_badan_hukum, k.jenis, k.kelompok, k.bentuk, k.kode_wilayah,"
          + " k.gerai_id, k.status, k.status_verifikasi";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;
  private final SaringanRat saringanRat;
  private final ObjectProvider<SyaratPredikat> predikat;

  PencarianKoperasi(
      JdbcClient jdbc,
      WilayahService wilayah,
      SaringanRat saringanRat,
      ObjectProvider<SyaratPredikat> predikat) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
    this.saringanRat = saringanRat;
    this.predikat = predikat;
  }

  Halaman<KoperasiRingkas> cari(KoperasiSaringan s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where = " FROM koperasi k WHERE " + syarat(cakupan, params) + saringan(s, params);
    long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = s.halaman() == null ? 0 : Math.max(0, s.halaman());
    String urut =
        "terbaru".equals(s.urut())
            ? " ORDER BY k.dibuat_pada DESC, k.id DESC"
            : " ORDER BY LOWER(k.nama), k.id";
    List<KoperasiRingkas> isi =
        jdbc.sql(KOLOM + where + urut + " LIMIT :batas OFFSET :mulai")
            .params(params)
            .param("batas", ukuran)
            .param("mulai", (long) nomor * ukuran)
            .query(PencarianKoperasi::ringkas)
            .list();
    return new Halaman<>(namai(isi), nomor, ukuran, total);
  }

  /** A checked selection, ready to stream: building it refuses bad filters before any output. */
  final class Kueri {
    private final String sql;
    private final Map<String, Object> params;

    private Kueri(String sql, Map<String, Object> params) {
      this.sql = sql;
      this.params = params;
    }

    /** Every selected cooperative, by name, row by row (paging ignored). */
    void alirkan(Consumer<KoperasiRingkas> tujuan) {
      Map<String, String> nama = new HashMap<>();
      try (Stream<KoperasiRingkas> baris =
          jdbc
              .sql(sql)
              .params(params)
              .withFetchSize(500)
              .query(PencarianKoperasi::ringkas)
              .stream()) {
        baris
            .map(
                k ->
                    k.denganNamaWilayah(
                        nama.computeIfAbsent(k.kodeWilayah(), PencarianKoperasi.this::namaWilayah)))
            .forEach(tujuan);
      }
    }
  }

  /** The export's selection: the same filters and scope as the list. */
  Kueri kueri(KoperasiSaringan s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where = " FROM koperasi k WHERE " + syarat(cakupan, params) + saringan(s, params);
    return new Kueri(KOLOM + where + " ORDER BY LOWER(k.nama), k.id", params);
  }

  /** Whether the cooperative exists and lies inside the scope. */
  boolean terjangkau(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql = "SELECT COUNT(*) FROM koperasi k WHERE k.id = :id AND " + syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
  }

  String namaWilayah(String kode) {
    return kode == null ? null : wilayah.cari(kode).map(Wilayah::nama).orElse(kode);
  }

  /** The caller's scope on a cooperative (alias k); the same columns everywhere in the module. */
  static String syarat(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql s = cakupan.syarat("k.kode_wilayah", "k.gerai_id", "k.akun_id");
    params.putAll(s.params());
    return s.sql();
  }

  private String saringan(KoperasiSaringan s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (isi(s.q())) {
      sql.append(
          " AND (LOWER(k.nama) LIKE :q ESCAPE '\\' OR LOWER(k.nomor_badan_hukum) LIKE :q ESCAPE"
              + " '\\' OR k.nomor_induk_koperasi LIKE :q ESCAPE '\\')");
      params.put("q", "%" + s.q().strip().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (isi(s.kelurahan())) {
      sql.append(" AND k.kode_wilayah = :kelurahan");
      params.put("kelurahan", KodeWilayah.periksa(s.kelurahan().strip()));
    } else if (isi(s.kecamatan())) {
      sql.append(" AND k.kode_wilayah LIKE :kecamatan");
      params.put("kecamatan", KodeWilayah.periksa(s.kecamatan().strip()) + ".%");
    }
    sama(sql, params, "k.gerai_id", "gerai", s.gerai());
    sama(sql, params, "k.jenis", "jenis", s.jenis());
    sama(sql, params, "k.kelompok", "kelompok", s.kelompok());
    sama(sql, params, "k.bentuk", "bentuk", s.bentuk());
    sama(sql, params, "k.status", "status", s.status());
    sama(sql, params, "k.status_verifikasi", "verifikasi", s.verifikasi());
    if (isi(s.program())) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM koperasi_program kp WHERE kp.koperasi_id = k.id"
              + " AND LOWER(kp.nama) = :program)");
      params.put("program", s.program().strip().toLowerCase());
    }
    if (s.rat() != null) {
      sql.append(" AND ").append(saringanRat.syarat(s.rat(), params));
    }
    SyaratPredikat p = predikat.getIfAvailable();
    if (isi(s.predikat()) && p != null) {
      SyaratSql ps = p.syarat(s.predikat().strip(), "k.id");
      sql.append(" AND ").append(ps.sql());
      params.putAll(ps.params());
    }
    return sql.toString();
  }

  private static void sama(
      StringBuilder sql, Map<String, Object> params, String kolom, String nama, Object nilai) {
    if (nilai != null) {
      sql.append(" AND ").append(kolom).append(" = :").append(nama);
      params.put(nama, nilai instanceof Enum<?> e ? e.name() : nilai);
    }
  }

  private static KoperasiRingkas ringkas(ResultSet rs, int i) throws SQLException {
    return new KoperasiRingkas(
        rs.getLong("id"),
        rs.getString("nama"),
        rs.getString("nomor_badan_hukum"),
        JenisKoperasi.valueOf(rs.getString("jenis")),
        KelompokKoperasi.valueOf(rs.getString("kelompok")),
        BentukKoperasi.valueOf(rs.getString("bentuk")),
        rs.getString("kode_wilayah"),
        null,
        rs.getObject("gerai_id", Long.class),
        StatusKoperasi.valueOf(rs.getString("status")),
        StatusVerifikasi.valueOf(rs.getString("status_verifikasi")));
  }

  private List<KoperasiRingkas> namai(List<KoperasiRingkas> isi) {
    Map<String, String> nama = new HashMap<>();
    return isi.stream()
        .map(k -> k.denganNamaWilayah(nama.computeIfAbsent(k.kodeWilayah(), this::namaWilayah)))
        .toList();
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}

package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of gerai: lists, details and the map, straight from SQL into records. Every query
 * ANDs the caller's scope into its WHERE clause.
 */
@Component
class PencarianGerai {

  private static final String KOLOM =
      "g.id, g.jenis, g.nama, g.kode_wilayah, g.alamat, g.lintang, g.bujur, g.tanggal_buka,"
          + " g.status, g.versi";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;

  PencarianGerai(JdbcClient jdbc, WilayahService wilayah) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
  }

  Halaman<GeraiRingkas> cari(SaringGerai s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(cakupan, params) + saringan(s, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM gerai g WHERE " + where)
            .params(params)
            .query(Long.class)
            .single();
    int ukuran = Halaman.ukuranAman(s.ukuran());
    int nomor = Math.max(0, s.halaman());
    List<GeraiRingkas> isi =
        jdbc.sql(
                "SELECT "
                    + KOLOM
                    + " FROM gerai g WHERE "
                    + where
                    + " ORDER BY g.nama, g.id LIMIT :batas OFFSET :mulai")
            .params(params)
            .param("batas", ukuran)
            .param("mulai", (long) nomor * ukuran)
            .query(BarisGerai::ringkas)
            .list();
    return new Halaman<>(namai(isi), nomor, ukuran, total);
  }

  Optional<GeraiDetail> detail(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql =
        "SELECT " + KOLOM + " FROM gerai g WHERE g.id = :id AND " + syarat(cakupan, params);
    return jdbc.sql(sql)
        .params(params)
        .query((rs, i) -> Map.entry(BarisGerai.ringkas(rs, i), rs.getInt("versi")))
        .optional()
        .map(baris -> lengkapi(baris.getKey(), baris.getValue()));
  }

  boolean terjangkau(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql = "SELECT COUNT(*) FROM gerai g WHERE g.id = :id AND " + syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Long.class).single() > 0;
  }

  /** Every gerai of the scope that is not closed, by name. */
  List<TitikGerai> titik(Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql(
            "SELECT g.id, g.nama, g.jenis, g.status, g.lintang, g.bujur FROM gerai g"
                + " WHERE g.status <> 'TUTUP' AND "
                + syarat(cakupan, params)
                + " ORDER BY g.nama, g.id")
        .params(params)
        .query(BarisGerai::titik)
        .list();
  }

  private static String syarat(Cakupan cakupan, Map<String, Object> params) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    params.putAll(s.params());
    return s.sql();
  }

  private static String saringan(SaringGerai s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (s.wilayah() != null && !s.wilayah().isBlank()) {
      String kode = KodeWilayah.periksa(s.wilayah());
      sql.append(" AND (g.kode_wilayah = :wilayah OR g.kode_wilayah LIKE :wilayahPrefiks)");
      params.put("wilayah", kode);
      params.put("wilayahPrefiks", kode + ".%");
    }
    if (s.jenis() != null) {
      sql.append(" AND g.jenis = :jenis");
      params.put("jenis", s.jenis().name());
    }
    if (s.status() != null) {
      sql.append(" AND g.status = :status");
      params.put("status", s.status().name());
    }
    if (s.q() != null && !s.q().isBlank()) {
      sql.append(" AND LOWER(g.nama) LIKE :q ESCAPE '\\'");
      params.put("q", "%" + s.q().strip().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    return sql.toString();
  }

  /** The detail: the row plus its area chain and status history. */
  private GeraiDetail lengkapi(GeraiRingkas g, int versi) {
    List<RiwayatStatus> riwayat =
        jdbc.sql("SELECT * FROM gerai_status_riwayat WHERE gerai_id = :id ORDER BY urutan DESC")
            .param("id", g.id())
            .query(BarisGerai::riwayat)
            .list();
    return new GeraiDetail(
        g.id(),
        g.jenis(),
        g.nama(),
        g.kodeWilayah(),
        g.alamat(),
        g.lintang(),
        g.bujur(),
        g.tanggalBuka(),
        g.status(),
        versi,
        wilayah.rantai(g.kodeWilayah()),
        riwayat);
  }

  /** The area names of one page, looked up once per distinct code. */
  private List<GeraiRingkas> namai(List<GeraiRingkas> isi) {
    Map<String, String> nama = new HashMap<>();
    return isi.stream()
        .map(
            g ->
                g.denganNamaWilayah(
                    nama.computeIfAbsent(
                        g.kodeWilayah(), k -> wilayah.cari(k).map(Wilayah::nama).orElse(k))))
        .toList();
  }
}

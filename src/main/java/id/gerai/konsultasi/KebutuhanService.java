package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs signal: how many problems of each category came up, per month, per kecamatan, kelurahan
 * or gerai, within the caller's scope. Counted in SQL on the cases' own columns, so the reports
 * module can map it without reading anything else.
 */
@Service
@Transactional(readOnly = true)
public class KebutuhanService {

  private final PenentuPemanggil pemanggil;
  private final JdbcClient jdbc;
  private final WilayahService wilayah;

  KebutuhanService(PenentuPemanggil pemanggil, JdbcClient jdbc, WilayahService wilayah) {
    this.pemanggil = pemanggil;
    this.jdbc = jdbc;
    this.wilayah = wilayah;
  }

  @PreAuthorize(Pemanggil.PENGELOLA)
  public List<SinyalBaris> sinyal(SaringanSinyal s, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String where =
        PencarianKonsultasi.syarat(pemanggil.untuk(cakupan), params) + saringan(s, params);
    String g = kelompok(s.kelompok());
    String sql =
        "SELECT k.periode, k.kategori, "
            + g
            + " AS kelompok, COUNT(*) AS jumlah"
            + " FROM konsultasi k WHERE "
            + where
            + " GROUP BY k.periode, k.kategori, "
            + g
            + " ORDER BY k.periode, "
            + g
            + ", k.kategori";
    List<SinyalBaris> baris =
        jdbc.sql(sql)
            .params(params)
            .query(
                (rs, i) ->
                    new SinyalBaris(
                        rs.getString("periode"),
                        KategoriMasalah.valueOf(rs.getString("kategori")),
                        rs.getString("kelompok"),
                        null,
                        rs.getLong("jumlah")))
            .list();
    return s.kelompok() == SaringanSinyal.Kelompok.GERAI ? baris : namai(baris);
  }

  private List<SinyalBaris> namai(List<SinyalBaris> baris) {
    Map<String, String> nama = new HashMap<>();
    return baris.stream()
        .map(
            b ->
                new SinyalBaris(
                    b.periode(),
                    b.kategori(),
                    b.kelompok(),
                    nama.computeIfAbsent(
                        b.kelompok(), k -> wilayah.cari(k).map(Wilayah::nama).orElse(k)),
                    b.jumlah()))
        .toList();
  }

  private static String kelompok(SaringanSinyal.Kelompok k) {
    return switch (k) {
      case KECAMATAN -> "SUBSTRING(k.kode_wilayah, 1, 8)";
      case KELURAHAN -> "k.kode_wilayah";
      case GERAI -> "CAST(k.gerai_id AS VARCHAR(20))";
    };
  }

  private static String saringan(SaringanSinyal s, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (isi(s.kelurahan())) {
      sql.append(" AND k.kode_wilayah = :kelurahan");
      params.put("kelurahan", KodeWilayah.periksa(s.kelurahan()));
    } else if (isi(s.kecamatan())) {
      sql.append(" AND k.kode_wilayah LIKE :kecamatan");
      params.put("kecamatan", KodeWilayah.periksa(s.kecamatan()) + ".%");
    }
    if (s.gerai() != null) {
      sql.append(" AND k.gerai_id = :gerai");
      params.put("gerai", s.gerai());
    }
    if (s.kategori() != null) {
      sql.append(" AND k.kategori = :kategori");
      params.put("kategori", s.kategori().name());
    }
    if (isi(s.dari())) {
      sql.append(" AND k.periode >= :dari");
      params.put("dari", bulan(s.dari()));
    }
    if (isi(s.sampai())) {
      sql.append(" AND k.periode <= :sampai");
      params.put("sampai", bulan(s.sampai()));
    }
    return sql.toString();
  }

  private static String bulan(String teks) {
    try {
      return YearMonth.parse(teks.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new MasukanTidakSah("konsultasi.sinyal.periode-salah", teks.strip());
    }
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}

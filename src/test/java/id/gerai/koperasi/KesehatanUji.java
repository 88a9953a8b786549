package id.gerai.koperasi;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Cooperatives for the statements and health tests, inserted straight into the register's table
 * (the register itself is another part of the module), and JSON bodies for the statements API.
 */
public final class KesehatanUji {

  public static final String SEKAYU = "33.74.01.1007";
  public static final String TANJUNG_MAS = "33.74.02.1008";

  private KesehatanUji() {}

  /** A new active KSP in a kelurahan, of a gerai and an officer account (both may be null). */
  public static long koperasi(JdbcClient jdbc, String kelurahan, Long geraiId, Long akunId) {
    return koperasi(jdbc, kelurahan, geraiId, akunId, "KSP");
  }

  public static long koperasi(
      JdbcClient jdbc, String kelurahan, Long geraiId, Long akunId, String kelompok) {
    String unik = UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime kini = OffsetDateTime.now();
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO koperasi (nama, jenis, kelompok, bentuk, kode_wilayah, gerai_id, akun_id,"
                + " status, status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:nama,"
                + " :jenis, :kelompok, 'PRIMER', :kode, :gerai, :akun, 'AKTIF', 'TERVERIFIKASI',"
                + " :kini, :kini, 0)")
        .param("nama", "Koperasi Sehat " + unik)
        .param("jenis", "LAINNYA".equals(kelompok) ? "KONSUMEN" : "SIMPAN_PINJAM")
        .param("kelompok", kelompok)
        .param("kode", kelurahan)
        .param("gerai", geraiId, java.sql.Types.BIGINT)
        .param("akun", akunId, java.sql.Types.BIGINT)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  public static String nama(JdbcClient jdbc, long id) {
    return jdbc.sql("SELECT nama FROM koperasi WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  /** {@code {"angka": {...}}} for {@code PUT /api/v1/koperasi/{id}/keuangan/{tahun}}. */
  public static String json(Map<String, BigDecimal> angka) {
    return "{\"angka\":{"
        + angka.entrySet().stream()
            .map(
                e ->
                    "\""
                        + e.getKey()
                        + "\":"
                        + (e.getValue() == null ? "null" : e.getValue().toPlainString()))
            .collect(Collectors.joining(","))
        + "}}";
  }
}

package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.Rubrik;
import id.gerai.koperasi.kesehatan.RubrikBaca;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of rubric versions. A stored version never changes, so its parsed rubric is kept in
 * memory by id after the first read.
 */
@Component
class RubrikPenyimpanan {

  private static final String KOLOM =
      "id, kode, regulasi, berlaku_mulai, judul, isi, asal, diterbitkan_oleh, diterbitkan_pada";

  private final JdbcClient jdbc;
  private final Map<Long, Rubrik> terbaca = new ConcurrentHashMap<>();

  RubrikPenyimpanan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RubrikTersimpan> semua() {
    return jdbc.sql(
            "SELECT " + KOLOM + " FROM rubrik_kesehatan ORDER BY berlaku_mulai DESC, id DESC")
        .query(this::baris)
        .list();
  }

  Optional<RubrikTersimpan> menurutId(long id) {
    return jdbc.sql("SELECT " + KOLOM + " FROM rubrik_kesehatan WHERE id = :id")
        .param("id", id)
        .query(this::baris)
        .optional();
  }

  String isi(long id) {
    return jdbc.sql("SELECT isi FROM rubrik_kesehatan WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  /** The checksum of the stored version with this regulation and effective date, if any. */
  Optional<String> sidik(String regulasi, java.time.LocalDate berlakuMulai) {
    return jdbc.sql(
            "SELECT sidik FROM rubrik_kesehatan WHERE regulasi = :regulasi AND berlaku_mulai = :mulai")
        .param("regulasi", regulasi)
        .param("mulai", berlakuMulai)
        .query(String.class)
        .optional();
  }

  long simpan(Rubrik r, String isi, String asal, String oleh, OffsetDateTime pada) {
    var kunci = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO rubrik_kesehatan (kode, regulasi, berlaku_mulai, judul, isi, sidik, asal,"
                + " diterbitkan_oleh, diterbitkan_pada) VALUES (:kode, :regulasi, :mulai, :judul,"
                + " :isi, :sidik, :asal, :oleh, :pada)")
        .param("kode", r.kode())
        .param("regulasi", r.regulasi())
        .param("mulai", r.berlakuMulai())
        .param("judul", r.judul().id())
        .param("isi", isi)
        .param("sidik", sidikDari(isi))
        .param("asal", asal)
        .param("oleh", oleh)
        .param("pada", pada)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  static String sidikDari(String isi) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(isi.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private RubrikTersimpan baris(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    long id = rs.getLong("id");
    String isi = rs.getString("isi");
    Rubrik r =
        terbaca.computeIfAbsent(
            id,
            x ->
                RubrikBaca.baca(isi)
                    .orElseThrow(
                        () -> new IllegalStateException("stored rubric " + x + " unreadable")));
    return new RubrikTersimpan(
        id,
        rs.getString("kode"),
        rs.getString("regulasi"),
        rs.getObject("berlaku_mulai", java.time.LocalDate.class),
        rs.getString("judul"),
        rs.getString("asal"),
        rs.getString("diterbitkan_oleh"),
        rs.getObject("diterbitkan_pada", OffsetDateTime.class),
        r);
  }
}

package id.gerai.notifikasi;

import id.gerai.shared.Halaman;
import id.gerai.shared.Pemberitahuan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifikasi table. Every read and write names the account, so one user can never reach
 * another's notifications: a foreign id simply matches nothing.
 */
@Component
class CatatanNotifikasi {

  private static final TypeReference<List<String>> DAFTAR_TEKS = new TypeReference<>() {};
  private static final String KOLOM =
      "id, akun_id, jenis, kode_pesan, argumen, tautan, telepon, bahasa, dibuat_pada, dibaca_pada";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  CatatanNotifikasi(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A stored notification, its text still a key with arguments. */
  record Baris(
      long id,
      long akunId,
      Pemberitahuan.Jenis jenis,
      String kodePesan,
      List<String> argumen,
      String tautan,
      String telepon,
      String bahasa,
      OffsetDateTime dibuatPada,
      OffsetDateTime dibacaPada) {}

  long tambah(
      long akunId,
      Pemberitahuan p,
      String kodePesan,
      String bahasa,
      String surel,
      OffsetDateTime waktu,
      OffsetDateTime cobaLagi) {
    KeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO notifikasi (akun_id, jenis, kode_pesan, argumen, tautan, telepon, bahasa,
              dibuat_pada, surel_alamat, surel_status, surel_coba_lagi)
            VALUES (:akun, :jenis, :kode, :argumen, :tautan, :telepon, :bahasa, :waktu, :surel,
              :status, :cobaLagi)
            """)
        .param("akun", akunId)
        .param("jenis", p.jenis().name())
        .param("kode", kodePesan)
        .param("argumen", json.writeValueAsString(p.argumen()))
        .param("tautan", p.tautan())
        .param("telepon", p.telepon())
        .param("bahasa", bahasa)
        .param("waktu", waktu)
        .param("surel", surel)
        .param("status", surel == null ? null : StatusSurel.MENUNGGU.name())
        .param("cobaLagi", surel == null ? null : cobaLagi)
        .update(kunci, "id");
    return kunci.getKeyAs(Number.class).longValue();
  }

  Halaman<Baris> halaman(long akunId, int nomor, int ukuran) {
    List<Baris> isi =
        jdbc.sql(
                "SELECT "
                    + KOLOM
                    + " FROM notifikasi WHERE akun_id = :akun"
                    + " ORDER BY dibuat_pada DESC, id DESC LIMIT :batas OFFSET :mulai")
            .param("akun", akunId)
            .param("batas", ukuran)
            .param("mulai", (long) nomor * ukuran)
            .query(this::baris)
            .list();
    long total =
        jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE akun_id = :akun")
            .param("akun", akunId)
            .query(Long.class)
            .single();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  Optional<Baris> ambil(long id, long akunId) {
    return jdbc.sql("SELECT " + KOLOM + " FROM notifikasi WHERE id = :id AND akun_id = :akun")
        .param("id", id)
        .param("akun", akunId)
        .query(this::baris)
        .optional();
  }

  long belumDibaca(long akunId) {
    return jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE akun_id = :akun AND dibaca_pada IS NULL")
        .param("akun", akunId)
        .query(Long.class)
        .single();
  }

  /** Marks one of the account's notifications read; 0 when it is not the account's. */
  int tandaiDibaca(long id, long akunId, OffsetDateTime waktu) {
    return jdbc.sql(
            """
            UPDATE notifikasi SET dibaca_pada = COALESCE(dibaca_pada, :waktu)
            WHERE id = :id AND akun_id = :akun
            """)
        .param("waktu", waktu)
        .param("id", id)
        .param("akun", akunId)
        .update();
  }

  int tandaiSemuaDibaca(long akunId, OffsetDateTime waktu) {
    return jdbc.sql(
            "UPDATE notifikasi SET dibaca_pada = :waktu"
                + " WHERE akun_id = :akun AND dibaca_pada IS NULL")
        .param("waktu", waktu)
        .param("akun", akunId)
        .update();
  }

  Optional<StatusSurel> statusSurel(long id) {
    return jdbc.sql("SELECT surel_status FROM notifikasi WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .map(StatusSurel::valueOf);
  }

  private Baris baris(ResultSet rs, int n) throws SQLException {
    return new Baris(
        rs.getLong("id"),
        rs.getLong("akun_id"),
        Pemberitahuan.Jenis.valueOf(rs.getString("jenis")),
        rs.getString("kode_pesan"),
        json.readValue(rs.getString("argumen"), DAFTAR_TEKS),
        rs.getString("tautan"),
        rs.getString("telepon"),
        rs.getString("bahasa"),
        rs.getObject("dibuat_pada", OffsetDateTime.class),
        rs.getObject("dibaca_pada", OffsetDateTime.class));
  }

  /** Where a notification's email stands. */
  enum StatusSurel {
    MENUNGGU,
    TERKIRIM,
    GAGAL
  }
}

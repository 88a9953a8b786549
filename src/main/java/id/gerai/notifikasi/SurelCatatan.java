package id.gerai.notifikasi;

import id.gerai.shared.Pemberitahuan;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The email state of notifications: which are due (waiting or failed, due time passed, attempts
 * left), the claim of one attempt, and its outcome. The claim is a compare-and-set on the attempt
 * count, so the sending thread, the retry job and another instance never send the same attempt.
 */
@Component
class SurelCatatan {

  private static final TypeReference<List<String>> DAFTAR_TEKS = new TypeReference<>() {};

  /** The longest error text kept (the column's width). */
  static final int PANJANG_GALAT = 500;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SurelCatatan(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** An email that is due, with the attempt count read (for the claim). */
  record Tertunda(Surel surel, long akunId, int percobaan) {}

  /**
   * Due emails, the longest waiting first. A waiting row with no due time (written before due times
   * were kept) is due at once; a failed one without a due time has given up.
   */
  List<Tertunda> jatuhTempo(Instant kini, int maksPercobaan, int batas) {
    return jdbc.sql(
            """
            SELECT id, akun_id, jenis, kode_pesan, argumen, tautan, bahasa, surel_alamat,
              surel_percobaan
            FROM notifikasi
            WHERE surel_status IN ('MENUNGGU', 'GAGAL') AND surel_alamat IS NOT NULL
              AND surel_percobaan < :maks
              AND (surel_coba_lagi <= :kini
                OR (surel_coba_lagi IS NULL AND surel_status = 'MENUNGGU'))
            ORDER BY surel_coba_lagi, id
            LIMIT :batas
            """)
        .param("maks", maksPercobaan)
        .param("kini", waktu(kini))
        .param("batas", batas)
        .query(
            (rs, n) ->
                new Tertunda(
                    new Surel(
                        rs.getLong("id"),
                        rs.getString("surel_alamat"),
                        null,
                        Locale.forLanguageTag(rs.getString("bahasa")),
                        Pemberitahuan.Jenis.valueOf(rs.getString("jenis")),
                        rs.getString("kode_pesan"),
                        json.readValue(rs.getString("argumen"), DAFTAR_TEKS),
                        rs.getString("tautan")),
                    rs.getLong("akun_id"),
                    rs.getInt("surel_percobaan")))
        .list();
  }

  /**
   * Takes one attempt: true when the row still had {@code percobaan} attempts and is waiting or
   * failed. Until {@code sewa} the row is not due, so a send cut short by a crash is tried again
   * after it.
   */
  boolean klaim(long id, int percobaan, Instant kini, Instant sewa) {
    return jdbc.sql(
                """
                UPDATE notifikasi SET surel_percobaan = surel_percobaan + 1,
                  surel_dicoba_pada = :kini, surel_coba_lagi = :sewa
                WHERE id = :id AND surel_percobaan = :percobaan
                  AND surel_status IN ('MENUNGGU', 'GAGAL')
                """)
            .param("kini", waktu(kini))
            .param("sewa", waktu(sewa))
            .param("id", id)
            .param("percobaan", percobaan)
            .update()
        == 1;
  }

  void terkirim(long id) {
    jdbc.sql(
            "UPDATE notifikasi SET surel_status = 'TERKIRIM', surel_galat = NULL,"
                + " surel_coba_lagi = NULL WHERE id = :id")
        .param("id", id)
        .update();
  }

  /** A failed attempt; {@code berikut} null when no attempt is left. */
  void gagal(long id, String galat, Instant berikut) {
    String teks = galat == null || galat.isBlank() ? "?" : galat.strip();
    jdbc.sql(
            "UPDATE notifikasi SET surel_status = 'GAGAL', surel_galat = :galat,"
                + " surel_coba_lagi = :berikut WHERE id = :id")
        .param("galat", teks.length() > PANJANG_GALAT ? teks.substring(0, PANJANG_GALAT) : teks)
        .param("berikut", berikut == null ? null : waktu(berikut))
        .param("id", id)
        .update();
  }

  private static OffsetDateTime waktu(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }
}

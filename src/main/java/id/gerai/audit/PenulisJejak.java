package id.gerai.audit;

import id.gerai.shared.PenulisMassal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one row to the trail, in whatever transaction is running. The client address is the one
 * the servlet container reports; behind a proxy, Spring's forwarded-header support has already put
 * the real client there ({@code server.forward-headers-strategy=framework}). It only ever inserts.
 */
@Component
class PenulisJejak {

  private final JdbcClient jdbc;
  private static final java.util.List<String> KOLOM =
      java.util.List.of(
          "waktu",
          "pelaku",
          "pelaku_id",
          "aksi",
          "jenis_rekaman",
          "id_rekaman",
          "sebelum",
          "sesudah",
          "alamat_ip",
          "agen");

  private final PenulisMassal massal;
  private final JsonMapper json;

  PenulisJejak(JdbcClient jdbc, PenulisMassal massal, JsonMapper json) {
    this.jdbc = jdbc;
    this.massal = massal;
    this.json = json;
  }

  /** One trail entry: what happened to which record, with the record before and after. */
  record Entri(
      String aksi, String jenisRekaman, String idRekaman, Object sebelum, Object sesudah) {}

  void tulis(Pelaku pelaku, Entri entri) {
    HttpServletRequest permintaan = permintaanSaatIni();
    jdbc.sql(
            """
            INSERT INTO jejak_audit (waktu, pelaku, pelaku_id, aksi, jenis_rekaman, id_rekaman,
              sebelum, sesudah, alamat_ip, agen)
            VALUES (:waktu, :pelaku, :pelakuId, :aksi, :jenis, :id, :sebelum, :sesudah, :ip, :agen)
            """)
        .param("waktu", OffsetDateTime.now(ZoneOffset.UTC))
        .param("pelaku", pelaku.nama())
        .param("pelakuId", pelaku.akunId())
        .param("aksi", entri.aksi())
        .param("jenis", entri.jenisRekaman())
        .param("id", entri.idRekaman())
        .param("sebelum", keJson(entri.sebelum()))
        .param("sesudah", keJson(entri.sesudah()))
        .param("ip", permintaan == null ? null : Potong.ke(permintaan.getRemoteAddr(), 64))
        .param(
            "agen", permintaan == null ? null : Potong.ke(permintaan.getHeader("User-Agent"), 255))
        .update();
  }

  /**
   * Appends many entries in one bulk write (COPY on PostgreSQL), all with the same time, actor and
   * client.
   */
  void tulisSemua(Pelaku pelaku, java.util.List<Entri> entri) {
    if (entri.isEmpty()) {
      return;
    }
    HttpServletRequest permintaan = permintaanSaatIni();
    OffsetDateTime waktu = OffsetDateTime.now(ZoneOffset.UTC);
    String ip = permintaan == null ? null : Potong.ke(permintaan.getRemoteAddr(), 64);
    String agen = permintaan == null ? null : Potong.ke(permintaan.getHeader("User-Agent"), 255);
    java.util.List<Object[]> baris = new java.util.ArrayList<>(entri.size());
    for (Entri e : entri) {
      baris.add(
          new Object[] {
            waktu,
            pelaku.nama(),
            pelaku.akunId(),
            e.aksi(),
            e.jenisRekaman(),
            e.idRekaman(),
            keJson(e.sebelum()),
            keJson(e.sesudah()),
            ip,
            agen
          });
    }
    massal.sisipkan("jejak_audit", KOLOM, baris);
  }

  private String keJson(Object nilai) {
    return nilai == null ? null : json.writeValueAsString(nilai);
  }

  private static HttpServletRequest permintaanSaatIni() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes atribut
        ? atribut.getRequest()
        : null;
  }
}

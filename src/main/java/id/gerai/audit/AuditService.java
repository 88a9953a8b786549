package id.gerai.audit;

import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.TidakDitemukan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Reading the trail, newest first. This is the module's whole public API: the trail can be searched
 * and read, never changed or removed.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

  private static final String KOLOM =
      "id, waktu, pelaku, pelaku_id, aksi, jenis_rekaman, id_rekaman, alamat_ip";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final AuditProperties properties;

  AuditService(JdbcClient jdbc, JsonMapper json, AuditProperties properties) {
    this.jdbc = jdbc;
    this.json = json;
    this.properties = properties;
  }

  public Halaman<JejakAuditRingkas> cari(SaringanAudit saringan, int nomor, Integer ukuran) {
    int halaman = Math.max(nomor, 0);
    int batas = Halaman.ukuranAman(ukuran);
    SyaratSql syarat = syarat(saringan);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE " + syarat.sql())
            .params(syarat.params())
            .query(Long.class)
            .single();
    List<JejakAuditRingkas> isi =
        jdbc.sql(
                "SELECT "
                    + KOLOM
                    + " FROM jejak_audit WHERE "
                    + syarat.sql()
                    + " ORDER BY waktu DESC, id DESC LIMIT :batas OFFSET :lewat")
            .params(syarat.params())
            .param("batas", batas)
            .param("lewat", (long) halaman * batas)
            .query((rs, i) -> ringkas(rs))
            .list();
    return new Halaman<>(isi, halaman, batas, total);
  }

  public JejakAudit ambil(long id) {
    return jdbc.sql("SELECT " + KOLOM + ", sebelum, sesudah, agen FROM jejak_audit WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> rinci(rs))
        .optional()
        .orElseThrow(() -> new TidakDitemukan("audit.tidak-ditemukan", id));
  }

  private SyaratSql syarat(SaringanAudit s) {
    List<String> bagian = new ArrayList<>(List.of("1 = 1"));
    Map<String, Object> params = new HashMap<>();
    sama(bagian, params, "pelaku", s.pelaku());
    sama(bagian, params, "jenis_rekaman", s.jenis());
    sama(bagian, params, "id_rekaman", s.id());
    sama(bagian, params, "aksi", s.aksi());
    if (s.dari() != null) {
      bagian.add("waktu >= :dari");
      params.put("dari", awalHari(s.dari()));
    }
    if (s.sampai() != null) {
      bagian.add("waktu < :sampai");
      params.put("sampai", awalHari(s.sampai().plusDays(1)));
    }
    return new SyaratSql(String.join(" AND ", bagian), params);
  }

  private static void sama(
      List<String> bagian, Map<String, Object> params, String kolom, String v) {
    if (v != null) {
      bagian.add(kolom + " = :" + kolom);
      params.put(kolom, v);
    }
  }

  private OffsetDateTime awalHari(LocalDate hari) {
    return hari.atStartOfDay(properties.zona()).toOffsetDateTime();
  }

  private JejakAuditRingkas ringkas(ResultSet rs) throws SQLException {
    return new JejakAuditRingkas(
        rs.getLong("id"),
        waktu(rs),
        rs.getString("pelaku"),
        rs.getObject("pelaku_id", Long.class),
        rs.getString("aksi"),
        rs.getString("jenis_rekaman"),
        rs.getString("id_rekaman"),
        rs.getString("alamat_ip"));
  }

  private JejakAudit rinci(ResultSet rs) throws SQLException {
    JejakAuditRingkas r = ringkas(rs);
    return new JejakAudit(
        r.id(),
        r.waktu(),
        r.pelaku(),
        r.pelakuId(),
        r.aksi(),
        r.jenisRekaman(),
        r.idRekaman(),
        dariJson(rs.getString("sebelum")),
        dariJson(rs.getString("sesudah")),
        r.alamatIp(),
        rs.getString("agen"));
  }

  private OffsetDateTime waktu(ResultSet rs) throws SQLException {
    OffsetDateTime waktu = rs.getObject("waktu", OffsetDateTime.class);
    return waktu.atZoneSameInstant(properties.zona()).toOffsetDateTime();
  }

  /** Stored JSON as a tree; text that is not JSON (never written by us) is shown as it is. */
  private JsonNode dariJson(String teks) {
    if (teks == null) {
      return null;
    }
    try {
      return json.readTree(teks);
    } catch (JacksonException e) {
      return StringNode.valueOf(teks);
    }
  }
}

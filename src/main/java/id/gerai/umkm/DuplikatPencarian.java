package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of duplicate detection; every query applies the caller's scope. */
@Component
class DuplikatPencarian {

  private static final String DARI =
      " FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id WHERE u.digabung_ke IS NULL";

  /** The identifiers a business is compared by. */
  record Kunci(Long id, String nama, String nib, String nik, String telepon) {}

  /** A business's stored identifiers and its owner, whose other businesses an edit ignores. */
  record Tersimpan(
      long id, String nama, String nib, String nik, String telepon, long pelakuUsahaId) {}

  /** One candidate row with its identifiers. */
  record Baris(
      long id,
      String nama,
      String pemilik,
      String kodeWilayah,
      String status,
      String nib,
      String nik,
      String telepon) {}

  private final JdbcClient jdbc;

  DuplikatPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Kunci> kunci(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql =
        "SELECT u.id, u.nama, u.nib, p.nik, p.telepon"
            + DARI.replace(" u.digabung_ke IS NULL", " u.id = :id")
            + " AND "
            + PencarianUmkm.syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Kunci.class).optional();
  }

  /** The stored identifiers of a business in scope (merged ones included: edits reach them). */
  Optional<Tersimpan> tersimpan(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql =
        "SELECT u.id, u.nama, u.nib, p.nik, p.telepon, u.pelaku_usaha_id"
            + DARI.replace(" u.digabung_ke IS NULL", " u.id = :id")
            + " AND "
            + PencarianUmkm.syarat(cakupan, params);
    return jdbc.sql(sql).params(params).query(Tersimpan.class).optional();
  }

  /** Businesses in scope sharing the NIB, the owner NIK or the owner phone (none when all null). */
  List<Baris> samaKunci(Kunci k, Cakupan cakupan) {
    return samaKunci(k, null, cakupan);
  }

  /** As {@link #samaKunci(Kunci, Cakupan)}, leaving out every business of one owner when given. */
  List<Baris> samaKunci(Kunci k, Long kecualiPelaku, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    List<String> atau = new ArrayList<>();
    tambah(atau, params, "u.nib", "nib", k.nib());
    tambah(atau, params, "p.nik", "nik", k.nik());
    tambah(atau, params, "p.telepon", "telepon", k.telepon());
    if (atau.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT u.id, u.nama, p.nama AS pemilik, u.kode_wilayah, u.status, u.nib, p.nik,"
            + " p.telepon"
            + DARI
            + " AND ("
            + String.join(" OR ", atau)
            + ")"
            + (k.id() == null ? "" : " AND u.id <> :id")
            + (kecualiPelaku == null ? "" : " AND u.pelaku_usaha_id <> :kecualiPelaku")
            + " AND "
            + PencarianUmkm.syarat(cakupan, params)
            + " ORDER BY u.id LIMIT 100";
    if (k.id() != null) {
      params.put("id", k.id());
    }
    if (kecualiPelaku != null) {
      params.put("kecualiPelaku", kecualiPelaku);
    }
    return jdbc.sql(sql).params(params).query(Baris.class).list();
  }

  private static void tambah(
      List<String> atau, Map<String, Object> params, String kolom, String nama, String nilai) {
    if (nilai != null && !nilai.isBlank()) {
      atau.add(kolom + " = :" + nama);
      params.put(nama, nilai);
    }
  }
}

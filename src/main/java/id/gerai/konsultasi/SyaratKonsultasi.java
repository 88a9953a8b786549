package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import java.util.HashMap;
import java.util.Map;

/**
 * Which cases a caller may see, as SQL on the case table (alias {@code k}): a mentor the cases
 * assigned to them; a forum officer the forum's cases in their scope ({@link ForumKonsultasi});
 * everyone else their scope on the case's own kelurahan, gerai and owner columns; a business actor
 * also the cases of the businesses the register says are theirs.
 */
final class SyaratKonsultasi {

  private SyaratKonsultasi() {}

  static SyaratSql untuk(Pemanggil p) {
    if (p.pendamping()) {
      return p.akunId() == null
          ? SyaratSql.TIDAK_ADA
          : new SyaratSql("k.ditugaskan_akun_id = :akunSaya", Map.of("akunSaya", p.akunId()));
    }
    SyaratSql s = p.cakupan().syarat("k.kode_wilayah", "k.gerai_id", "k.pemilik_akun_id");
    if (p.pengurusForum()) {
      return ForumKonsultasi.syarat(s, p.akunId());
    }
    if (p.cakupan().jenis() != Cakupan.Jenis.MILIK_SENDIRI || p.usahaSendiri().isEmpty()) {
      return s;
    }
    Map<String, Object> params = new HashMap<>(s.params());
    params.put("usahaSendiri", p.usahaSendiri());
    return new SyaratSql("(" + s.sql() + " OR k.usaha_id IN (:usahaSendiri))", params);
  }
}

package id.gerai.konsultasi;

import id.gerai.shared.SyaratSql;
import java.util.HashMap;
import java.util.Map;

/**
 * The forum's cases, for a forum officer: inside their scope, the cases routed or assigned to the
 * forum (to the forum officers' queue or to a forum officer by name, both {@code ditugaskan_peran =
 * 'PENGURUS_FORUM'}) and the cases the forum brought (channel {@code FORUM}); and, wherever they
 * are, the cases assigned to the officer themselves. Nothing else in their area: the other cases
 * belong to the gerai, the mentors and Dinkop.
 */
final class ForumKonsultasi {

  private ForumKonsultasi() {}

  static SyaratSql syarat(SyaratSql cakupan, Long akunId) {
    String forum =
        "("
            + cakupan.sql()
            + " AND (k.ditugaskan_peran = 'PENGURUS_FORUM' OR k.saluran = 'FORUM'))";
    if (akunId == null) {
      return new SyaratSql(forum, cakupan.params());
    }
    Map<String, Object> params = new HashMap<>(cakupan.params());
    params.put("akunSaya", akunId);
    return new SyaratSql("(k.ditugaskan_akun_id = :akunSaya OR " + forum + ")", params);
  }
}

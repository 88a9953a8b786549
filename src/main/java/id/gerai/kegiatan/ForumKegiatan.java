package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The forum officer's part of the activity scope. A forum officer runs the forum's activities
 * (meetings, events the forum organises), not every activity in their area: their condition is
 * their scope AND {@code k.oleh_forum = TRUE}, so lists, details, participants, check-in, files and
 * the API all stop at the same line. Only forum officers and Dinkop staff decide whether an
 * activity is the forum's.
 */
final class ForumKegiatan {

  static final String PERAN = "ROLE_PENGURUS_FORUM";

  private ForumKegiatan() {}

  /** The scope condition on the activity table (alias {@code k}) for the signed-in caller. */
  static SyaratSql syarat(Cakupan cakupan) {
    SyaratSql s = cakupan.syarat("k.kode_wilayah", "k.gerai_id", null);
    if (!pengurusForum()) {
      return s;
    }
    return new SyaratSql("(" + s.sql() + " AND k.oleh_forum = TRUE)", s.params());
  }

  /**
   * The forum mark a write may set: always for a forum officer (so they keep seeing what they
   * create or edit); as asked by Dinkop staff; none (null: unchanged, not the forum's when new) for
   * a gerai officer.
   */
  static Boolean olehForum(Boolean diminta) {
    if (pengurusForum()) {
      return Boolean.TRUE;
    }
    return staf() ? diminta : null;
  }

  static boolean pengurusForum() {
    return punya(PERAN);
  }

  private static boolean staf() {
    return punya("ROLE_ADMIN_DINAS") || punya("ROLE_STAF_DINAS");
  }

  private static boolean punya(String peran) {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getAuthorities().stream().anyMatch(g -> peran.equals(g.getAuthority()));
  }
}

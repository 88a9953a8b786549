package id.gerai.kegiatan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may run activities: Dinkop staff, gerai officers and forum officers (within their scope; a
 * forum officer's reaches only the forum's activities, see {@link ForumKegiatan}).
 */
final class KegiatanPeran {

  static final String PENGELOLA =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENGURUS_FORUM')";

  private KegiatanPeran() {}

  static String nama() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? "sistem" : a.getName();
  }
}

package id.gerai.kegiatan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may run activities: Dinkop staff and gerai officers (within their scope). */
final class KegiatanPeran {

  static final String PENGELOLA = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')";

  private KegiatanPeran() {}

  static String nama() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? "sistem" : a.getName();
  }
}

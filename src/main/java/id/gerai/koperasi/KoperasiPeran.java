package id.gerai.koperasi;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the signed-in caller's role allows with cooperatives. Dinkop staff and gerai officers
 * register; a cooperative's own officer edits it and enters its RAT; only Dinkop staff verify, and
 * only what they enter starts verified.
 */
final class KoperasiPeran {

  static final String PENCATAT = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')";
  static final String PENGUBAH =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENGURUS_KOPERASI')";
  static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private static final Set<String> PERAN_STAF = Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS");

  private KoperasiPeran() {}

  /** Dinkop staff: verify, and what they enter starts verified. */
  static boolean staf() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null
        && a.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(PERAN_STAF::contains);
  }

  static String nama() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? "sistem" : a.getName();
  }
}

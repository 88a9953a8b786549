package id.gerai.umkm;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the signed-in caller's role allows in the register, read from their authorities. */
final class UmkmPeran {

  static final String PENCATAT =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PELAKU_USAHA')";
  static final String PEMVERIFIKASI = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')";

  private static final Set<String> STAF = Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS");
  private static final Set<String> PENCATAT_PERAN =
      Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS", "ROLE_PENGURUS_GERAI", "ROLE_PELAKU_USAHA");
  private static final Set<String> VERIFIKASI =
      Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS", "ROLE_PENGURUS_GERAI");

  private UmkmPeran() {}

  /** Dinkop staff: may see NIK and phone in clear. */
  static boolean staf() {
    return punya(STAF);
  }

  /** May write the register (a business actor only their own). */
  static boolean pencatatRegister() {
    return punya(PENCATAT_PERAN);
  }

  /** May verify, and what they enter starts verified. */
  static boolean pemverifikasi() {
    return punya(VERIFIKASI);
  }

  static String nama() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null ? "sistem" : a.getName();
  }

  private static boolean punya(Set<String> peran) {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null
        && a.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(peran::contains);
  }
}

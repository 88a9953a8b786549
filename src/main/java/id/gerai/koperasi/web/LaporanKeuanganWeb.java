package id.gerai.koperasi.web;

import id.gerai.koperasi.LaporanKeuanganPencatat;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who may record and verify statements, read from the caller's role. */
final class LaporanKeuanganWeb {

  private static final Set<String> STAF = Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS");
  private static final String PENGURUS_KOPERASI = "ROLE_PENGURUS_KOPERASI";
  private static final String ADMIN = "ROLE_ADMIN_DINAS";

  private LaporanKeuanganWeb() {}

  static boolean staf(Authentication auth) {
    return punya(auth, STAF);
  }

  static boolean bolehCatat(Authentication auth) {
    return staf(auth) || punya(auth, Set.of(PENGURUS_KOPERASI));
  }

  static boolean admin(Authentication auth) {
    return punya(auth, Set.of(ADMIN));
  }

  static LaporanKeuanganPencatat pencatat(Authentication auth) {
    return new LaporanKeuanganPencatat(auth.getName(), staf(auth));
  }

  private static boolean punya(Authentication auth, Set<String> peran) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(peran::contains);
  }
}

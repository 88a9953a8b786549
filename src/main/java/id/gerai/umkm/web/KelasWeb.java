package id.gerai.umkm.web;

import id.gerai.umkm.AngkaTahunanPencatat;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who may record a year's figures, and as what kind of recorder. */
final class KelasWeb {

  private static final Set<String> PETUGAS =
      Set.of("ROLE_ADMIN_DINAS", "ROLE_STAF_DINAS", "ROLE_PENGURUS_GERAI");
  private static final String PELAKU = "ROLE_PELAKU_USAHA";

  private KelasWeb() {}

  /** Officers record verified or reported figures. */
  static boolean petugas(Authentication auth) {
    return punya(auth, PETUGAS);
  }

  /** Officers, and a business actor for their own business (the scope limits it to those). */
  static boolean bolehCatat(Authentication auth) {
    return petugas(auth) || punya(auth, Set.of(PELAKU));
  }

  static AngkaTahunanPencatat pencatat(Authentication auth) {
    return new AngkaTahunanPencatat(auth.getName(), petugas(auth));
  }

  private static boolean punya(Authentication auth, Set<String> peran) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(peran::contains);
  }
}

package id.gerai.audit;

import id.gerai.shared.BerCakupan;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who did it: the signed-in user's name and account id, or {@code sistem} when nobody is. */
record Pelaku(String nama, Long akunId) {

  static final Pelaku SISTEM = new Pelaku("sistem", null);

  static Pelaku saatIni() {
    return dari(SecurityContextHolder.getContext().getAuthentication());
  }

  static Pelaku dari(Authentication auth) {
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return SISTEM;
    }
    Long akunId = auth.getPrincipal() instanceof BerCakupan p ? p.akunId() : null;
    return new Pelaku(Potong.ke(auth.getName(), 100), akunId);
  }
}

package id.gerai.konsultasi;

import id.gerai.shared.BerCakupan;
import id.gerai.shared.Cakupan;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller as this module needs them: account, name, role and scope. */
record Pemanggil(
    Long akunId, String nama, Set<String> peran, Cakupan cakupan, List<Long> usahaSendiri) {

  static final String PENGELOLA =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_FORUM','PENGURUS_GERAI')";
  static final String PEMBUKA =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_FORUM','PENGURUS_GERAI','PELAKU_USAHA',"
          + "'PENGURUS_KOPERASI')";
  static final String PENANGAN =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_FORUM','PENGURUS_GERAI','PENDAMPING')";

  /**
   * The caller from the security context. {@code usahaSendiri}: for an own-records scope, the
   * businesses the register says are theirs (a case brought for them by an officer is theirs too).
   */
  static Pemanggil saatIni(Cakupan cakupan, List<Long> usahaSendiri) {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null) {
      return new Pemanggil(null, "sistem", Set.of(), cakupan, List.of());
    }
    Long akun = a.getPrincipal() instanceof BerCakupan b ? b.akunId() : null;
    Set<String> peran =
        a.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(s -> s.replaceFirst("^ROLE_", ""))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    return new Pemanggil(akun, a.getName(), peran, cakupan, usahaSendiri);
  }

  boolean pendamping() {
    return peran.contains("PENDAMPING");
  }

  boolean pengurusForum() {
    return peran.contains("PENGURUS_FORUM");
  }

  /** The subject's own side: a business actor, or a cooperative's own officer. */
  boolean pelaku() {
    return peran.contains("PELAKU_USAHA") || peran.contains("PENGURUS_KOPERASI");
  }

  /** The channel a case brought by this caller came through. */
  Saluran saluran() {
    if (pelaku()) {
      return Saluran.MANDIRI;
    }
    if (peran.contains("PENGURUS_GERAI")) {
      return Saluran.GERAI;
    }
    return peran.contains("PENGURUS_FORUM") ? Saluran.FORUM : Saluran.DINAS;
  }
}

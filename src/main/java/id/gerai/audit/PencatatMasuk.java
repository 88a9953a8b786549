package id.gerai.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ins through the form, successful or not. There is no business transaction around a sign-in,
 * so each entry commits on its own. A failure keeps the name that was tried and why it failed,
 * never the password; the actor is {@code sistem}, since nobody is signed in yet.
 */
@Component
class PencatatMasuk {

  static final String BERHASIL = "LOGIN_BERHASIL";
  static final String GAGAL = "LOGIN_GAGAL";

  private final PenulisJejak penulis;
  private final TransactionTemplate transaksiSendiri;

  PencatatMasuk(PenulisJejak penulis, PlatformTransactionManager transaksi) {
    this.penulis = penulis;
    this.transaksiSendiri = new TransactionTemplate(transaksi);
    this.transaksiSendiri.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The attempt that failed: the name typed and the kind of failure. */
  record PercobaanMasuk(String namaPengguna, String alasan, String galat) {}

  @EventListener
  void berhasil(InteractiveAuthenticationSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    if (!(auth instanceof UsernamePasswordAuthenticationToken)
        || !(auth.getDetails() instanceof WebAuthenticationDetails)) {
      return;
    }
    Pelaku pelaku = Pelaku.dari(auth);
    String id = pelaku.akunId() == null ? null : String.valueOf(pelaku.akunId());
    tulis(pelaku, new PenulisJejak.Entri(BERHASIL, "akun", id, null, null));
  }

  @EventListener
  void gagal(AbstractAuthenticationFailureEvent event) {
    String nama = Potong.ke(event.getAuthentication().getName(), 100);
    AuthenticationException e = event.getException();
    PercobaanMasuk percobaan = new PercobaanMasuk(nama, alasan(e), e.getClass().getSimpleName());
    tulis(Pelaku.SISTEM, new PenulisJejak.Entri(GAGAL, "nama_pengguna", nama, null, percobaan));
  }

  private void tulis(Pelaku pelaku, PenulisJejak.Entri entri) {
    transaksiSendiri.executeWithoutResult(status -> penulis.tulis(pelaku, entri));
  }

  static String alasan(AuthenticationException e) {
    if (e instanceof BadCredentialsException) {
      return "KATA_SANDI_SALAH";
    }
    if (e instanceof LockedException) {
      return "TERKUNCI";
    }
    if (e instanceof DisabledException) {
      return "NONAKTIF";
    }
    if (e instanceof AccountExpiredException || e instanceof CredentialsExpiredException) {
      return "KEDALUWARSA";
    }
    return "LAINNYA";
  }
}

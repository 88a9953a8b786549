package id.gerai.akun;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account: a disabled account, a reset password or a new role or scope
 * takes effect at once, not when the old session finally expires.
 */
@Component
class SesiAkun {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sesi;

  SesiAkun(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sesi) {
    this.sesi = sesi;
  }

  void akhiri(String namaPengguna) {
    sesi.ifAvailable(repo -> akhiri(repo, namaPengguna));
  }

  private static <S extends Session> void akhiri(
      FindByIndexNameSessionRepository<S> repo, String namaPengguna) {
    repo.findByPrincipalName(namaPengguna).keySet().forEach(repo::deleteById);
  }
}

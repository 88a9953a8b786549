package id.gerai.akun;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds an account for the sign-in form. */
@Component
class PenggunaDetailService implements UserDetailsService {

  private final AkunRepository akun;

  PenggunaDetailService(AkunRepository akun) {
    this.akun = akun;
  }

  @Override
  public UserDetails loadUserByUsername(String namaPengguna) {
    return akun.findByNamaPengguna(namaPengguna)
        .map(Akun::pengguna)
        .orElseThrow(() -> new UsernameNotFoundException(namaPengguna));
  }
}

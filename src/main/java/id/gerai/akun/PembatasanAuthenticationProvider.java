package id.gerai.akun;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling: a locked account or address is refused before the password is
 * even checked, and the session keeps a principal without the password hash.
 */
class PembatasanAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider dao;
  private final PembatasLogin pembatas;

  PembatasanAuthenticationProvider(DaoAuthenticationProvider dao, PembatasLogin pembatas) {
    this.dao = dao;
    this.pembatas = pembatas;
  }

  @Override
  public Authentication authenticate(Authentication permintaan) {
    String nama = permintaan.getName();
    String alamat =
        permintaan.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
    if (pembatas.terkunci(nama, alamat)) {
      throw new LockedException("akun.login.terkunci");
    }
    Authentication hasil;
    try {
      hasil = dao.authenticate(permintaan);
    } catch (BadCredentialsException e) {
      pembatas.gagal(nama, alamat);
      throw e;
    }
    pembatas.berhasil(nama);
    PenggunaGerai pengguna = ((PenggunaGerai) hasil.getPrincipal()).tanpaSandi();
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.authenticated(
            pengguna, null, pengguna.getAuthorities());
    token.setDetails(permintaan.getDetails());
    return token;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

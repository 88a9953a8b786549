package id.gerai.akun;

import id.gerai.shared.BerCakupan;
import id.gerai.shared.Cakupan;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: who, with which role and scope. Kept in the (database) session. */
public record PenggunaGerai(
    long akunId,
    String namaPengguna,
    String namaLengkap,
    Peran peran,
    Cakupan cakupan,
    String kataSandi,
    boolean aktif)
    implements UserDetails, BerCakupan {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(peran.authority()));
  }

  @Override
  public String getPassword() {
    return kataSandi;
  }

  @Override
  public String getUsername() {
    return namaPengguna;
  }

  @Override
  public boolean isEnabled() {
    return aktif;
  }

  /** The same person without the password hash, for the session and for API calls. */
  PenggunaGerai tanpaSandi() {
    return new PenggunaGerai(akunId, namaPengguna, namaLengkap, peran, cakupan, "", aktif);
  }
}

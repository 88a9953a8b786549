package id.gerai.demo;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo filling as Dinkop staff of the city, so the services' role checks pass. */
final class SebagaiStaf {

  static final Cakupan KOTA = Cakupan.wilayah(AkunDemo.KOTA);

  private SebagaiStaf() {}

  static <T> T jalankan(Supplier<T> kerja) {
    PenggunaGerai staf =
        new PenggunaGerai(0, "demo", "Data demo", Peran.STAF_DINAS, KOTA, "", true);
    var konteks = SecurityContextHolder.createEmptyContext();
    konteks.setAuthentication(
        new UsernamePasswordAuthenticationToken(staf, null, staf.getAuthorities()));
    SecurityContextHolder.setContext(konteks);
    try {
      return kerja.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}

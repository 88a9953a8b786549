package id.gerai;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in callers for MockMvc tests: a role with a scope, without creating an account. */
public final class PenggunaUji {

  public static final String KOTA = "33.74";

  /** Kecamatan Semarang Tengah and one of its kelurahan (Sekayu); Tembalang is a sibling. */
  public static final String KECAMATAN = "33.74.01";

  public static final String KELURAHAN = "33.74.01.1007";
  public static final String KECAMATAN_LAIN = "33.74.10";

  private PenggunaUji() {}

  public static RequestPostProcessor sebagai(Peran peran, Cakupan cakupan) {
    PenggunaGerai p =
        new PenggunaGerai(
            -1, "uji-" + peran.name().toLowerCase(), "Uji " + peran, peran, cakupan, "", true);
    return SecurityMockMvcRequestPostProcessors.user(p);
  }

  public static RequestPostProcessor adminKota() {
    return sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah(KOTA));
  }

  public static RequestPostProcessor stafKota() {
    return sebagai(Peran.STAF_DINAS, Cakupan.wilayah(KOTA));
  }
}

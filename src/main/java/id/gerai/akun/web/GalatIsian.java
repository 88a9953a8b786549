package id.gerai.akun.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.GalatBerpesan;
import java.util.Arrays;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal next to the field it is about, so a form shows "username taken" under
 * the username and "area outside your scope" under the area, not on an error page.
 */
final class GalatIsian {

  private GalatIsian() {}

  /** For the account and role forms. */
  static void tolak(BindingResult hasil, GalatBerpesan e, Cakupan.Jenis jenis) {
    tempel(hasil, e, bidangAkun(e.kodePesan(), jenis));
  }

  /** For the own-password form. */
  static void tolakSandi(BindingResult hasil, GalatBerpesan e) {
    String kode = e.kodePesan();
    tempel(hasil, e, kode.equals("akun.sandi.lama-salah") ? "lama" : bidangSandi(kode));
  }

  static void tempel(BindingResult hasil, GalatBerpesan e, String bidang) {
    Object[] argumen = teks(e.argumen());
    if (bidang == null) {
      hasil.reject(e.kodePesan(), argumen, e.kodePesan());
    } else {
      hasil.rejectValue(bidang, e.kodePesan(), argumen, e.kodePesan());
    }
  }

  /** Ids as plain text: a message shows gerai 1234, not 1.234. */
  private static Object[] teks(Object[] argumen) {
    if (argumen == null) {
      return new Object[0];
    }
    return Arrays.stream(argumen).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
  }

  static String bidangAkun(String kode, Cakupan.Jenis jenis) {
    if (kode.startsWith("akun.nama-pengguna")) {
      return "namaPengguna";
    }
    if (kode.startsWith("akun.nama-lengkap")) {
      return "namaLengkap";
    }
    if (kode.startsWith("akun.sandi")) {
      return "kataSandi";
    }
    if (kode.equals("akun.peran.wajib")) {
      return "peran";
    }
    if (kode.equals("akun.cakupan.wajib") || kode.equals("akun.cakupan.tidak-cocok-peran")) {
      return "cakupanJenis";
    }
    if (kode.startsWith("gerai.") || kode.equals("akun.cakupan.gerai-wajib")) {
      return "cakupanGerai";
    }
    if (kode.startsWith("wilayah.") || kode.startsWith("akun.cakupan")) {
      return jenis == Cakupan.Jenis.GERAI ? "cakupanGerai" : "cakupanWilayah";
    }
    return null;
  }

  private static String bidangSandi(String kode) {
    return kode.startsWith("akun.sandi") ? "baru" : null;
  }
}

package id.gerai.wilayah;

import id.gerai.shared.MasukanTidakSah;
import java.util.regex.Pattern;

/**
 * The shape of a Kemendagri code (Permendagri 137/2017): {@code PP}, {@code PP.KK}, {@code
 * PP.KK.CC} or {@code PP.KK.CC.DDDD}. Only the shape is checked here; whether the code exists is
 * the tree's business.
 */
public final class KodeWilayah {

  private static final Pattern BENTUK =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  private KodeWilayah() {}

  public static boolean sah(String kode) {
    return kode != null && BENTUK.matcher(kode).matches();
  }

  /** The code, trimmed, or a 400 with a clear message when it cannot be a code. */
  public static String periksa(String kode) {
    String k = kode == null ? "" : kode.trim();
    if (!sah(k)) {
      throw new MasukanTidakSah("wilayah.kode.tidak-sah", k);
    }
    return k;
  }

  /** The parent's code, or null for a province. */
  public static String induk(String kode) {
    int titik = kode.lastIndexOf('.');
    return titik < 0 ? null : kode.substring(0, titik);
  }
}

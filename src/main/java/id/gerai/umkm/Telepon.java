package id.gerai.umkm;

import java.util.Optional;

/**
 * An Indonesian mobile number, kept as {@code +628…}. It accepts {@code 08…}, {@code 628…} and
 * {@code +628…} written with spaces, dots, dashes or brackets. The normative length is not
 * confirmed, so an unusual length (outside 10–13 digits written with the leading 0) is only a
 * warning; a length no phone number can have (E.164: at most 15 digits with the country code) is an
 * error.
 */
public final class Telepon {

  private static final int PANJANG_BIASA_MIN = 10;
  private static final int PANJANG_BIASA_MAKS = 13;
  private static final int NOMOR_NASIONAL_MIN = 7;
  private static final int NOMOR_NASIONAL_MAKS = 13;

  private Telepon() {}

  /** The number as {@code +628…}, when it is a well-formed mobile number (warnings allowed). */
  public static Optional<String> normalkan(String telepon) {
    return periksa(telepon).sah() ? Optional.of("+62" + nomorNasional(telepon)) : Optional.empty();
  }

  public static HasilPeriksa periksa(String telepon) {
    String nasional = nomorNasional(telepon);
    if (nasional == null) {
      return HasilPeriksa.galat("umkm.telepon.bukan-angka");
    }
    if (!nasional.matches("8[1-9][0-9]*")) {
      return HasilPeriksa.galat("umkm.telepon.bukan-seluler");
    }
    if (nasional.length() < NOMOR_NASIONAL_MIN || nasional.length() > NOMOR_NASIONAL_MAKS) {
      return HasilPeriksa.galat("umkm.telepon.panjang-mustahil");
    }
    int denganNol = nasional.length() + 1;
    return denganNol < PANJANG_BIASA_MIN || denganNol > PANJANG_BIASA_MAKS
        ? HasilPeriksa.baik().denganPeringatan("umkm.telepon.panjang-tidak-biasa")
        : HasilPeriksa.baik();
  }

  /**
   * The country code, the first three digits and the last four, e.g. {@code +62812****7890}; a
   * value that is no mobile number shows nothing.
   */
  public static String samarkan(String telepon) {
    if (telepon == null || telepon.isEmpty()) {
      return telepon;
    }
    String nasional = nomorNasional(telepon);
    if (nasional == null || nasional.length() < 8) {
      return "****";
    }
    return "+62"
        + nasional.substring(0, 3)
        + "*".repeat(nasional.length() - 7)
        + nasional.substring(nasional.length() - 4);
  }

  /** The digits after +62, 62 or 0; null when blank or not digits once the separators go. */
  private static String nomorNasional(String telepon) {
    if (telepon == null || telepon.isBlank()) {
      return null;
    }
    String rapi = telepon.replaceAll("[\\s.()-]", "");
    if (!rapi.matches("[+]?[0-9]+")) {
      return null;
    }
    if (rapi.startsWith("+62")) {
      return rapi.substring(3);
    }
    if (rapi.startsWith("+")) {
      return "";
    }
    if (rapi.startsWith("62")) {
      return rapi.substring(2);
    }
    return rapi.startsWith("0") ? rapi.substring(1) : "";
  }
}

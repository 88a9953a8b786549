package id.gerai.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * WhatsApp click-to-chat links, {@code https://wa.me/<digits>?text=<message>}: a plain rule with no
 * Spring, so domain code may build them. Opening one lets the user send a prepared message from
 * their own phone; Gerai never calls a WhatsApp API. Templates use the {@code whatsapp} bean in
 * shared.web, which gives the same links.
 */
public final class TautanWhatsApp {

  private static final int NASIONAL_MIN = 7;
  private static final int NASIONAL_MAKS = 13;

  private TautanWhatsApp() {}

  /** The link, or null when the number is unusable. A blank message gives a link without text. */
  public static String buat(String telepon, String pesan) {
    String digit = digit(telepon);
    if (digit == null) {
      return null;
    }
    String dasar = "https://wa.me/" + digit;
    if (pesan == null || pesan.isBlank()) {
      return dasar;
    }
    // wa.me wants %20 for spaces; URLEncoder writes form encoding (+).
    return dasar + "?text=" + URLEncoder.encode(pesan, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The number as wa.me wants it (62 and the national number, digits only) from {@code 08…}, {@code
   * 628…} or {@code +628…} with spaces, dots, dashes or brackets; null for anything that is not an
   * Indonesian mobile number. Kept here because shared may not depend on umkm's check.
   */
  public static String digit(String telepon) {
    if (telepon == null) {
      return null;
    }
    String rapi = telepon.replaceAll("[\\s.()-]", "");
    String nasional;
    if (rapi.startsWith("+62")) {
      nasional = rapi.substring(3);
    } else if (rapi.startsWith("62")) {
      nasional = rapi.substring(2);
    } else if (rapi.startsWith("0")) {
      nasional = rapi.substring(1);
    } else {
      return null;
    }
    boolean seluler = nasional.matches("8[1-9][0-9]*");
    boolean panjangMungkin =
        nasional.length() >= NASIONAL_MIN && nasional.length() <= NASIONAL_MAKS;
    return seluler && panjangMungkin ? "62" + nasional : null;
  }
}

package id.gerai.notifikasi;

import id.gerai.shared.MasukanTidakSah;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one account wants to be told: an email address (accounts carry none), whether to mail at all,
 * and the language of the emails ({@code id} or {@code en}).
 */
public record Preferensi(String surel, boolean surelAktif, String bahasa) {

  public static final Preferensi BAWAAN = new Preferensi(null, false, "id");

  // Deliberately loose: one @, no spaces, a dot in the domain. The mail server has the last word.
  private static final Pattern SUREL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  public Preferensi {
    surel = surel == null || surel.isBlank() ? null : surel.trim();
    bahasa = "en".equals(bahasa) ? "en" : "id";
  }

  /** Refuses an address that cannot be one, and mail switched on without an address. */
  void periksa() {
    if (surel != null && (surel.length() > 254 || !SUREL.matcher(surel).matches())) {
      throw new MasukanTidakSah("notifikasi.surel.tidak-sah");
    }
    if (surelAktif && surel == null) {
      throw new MasukanTidakSah("notifikasi.surel.wajib");
    }
  }

  /** For the trail, which keeps no personal data in clear: the address as {@code s***@domain}. */
  record Rekaman(String surel, boolean surelAktif, String bahasa) {}

  Rekaman rekaman() {
    return new Rekaman(samarkan(surel), surelAktif, bahasa);
  }

  static String samarkan(String surel) {
    if (surel == null) {
      return null;
    }
    int at = surel.indexOf('@');
    return at <= 0 ? "***" : surel.charAt(0) + "***" + surel.substring(at);
  }

  Locale locale() {
    return Locale.forLanguageTag(bahasa);
  }

  boolean mauSurel() {
    return surelAktif && surel != null;
  }
}

package id.gerai.gerai;

/**
 * An officer's phone number is personal data (UU 27/2022): it is kept tidy and shown masked, e.g.
 * {@code 0812****789}, to everyone but Dinkop staff.
 */
public final class PengurusTelepon {

  private PengurusTelepon() {}

  /** Removes spaces, dots, dashes and brackets; blank becomes null. */
  public static String rapikan(String telepon) {
    if (telepon == null || telepon.isBlank()) {
      return null;
    }
    return telepon.replaceAll("[\\s.()-]", "");
  }

  /** Blank, or 8 to 15 digits with an optional leading plus once spaces, dots and dashes go. */
  public static boolean sah(String telepon) {
    String rapi = rapikan(telepon);
    return rapi == null || rapi.matches("[+]?[0-9]{8,15}");
  }

  /** The first four and the last three digits; a short number shows nothing. */
  public static String samarkan(String telepon) {
    if (telepon == null || telepon.isEmpty()) {
      return telepon;
    }
    if (telepon.length() < 9) {
      return "****";
    }
    return telepon.substring(0, 4) + "****" + telepon.substring(telepon.length() - 3);
  }
}

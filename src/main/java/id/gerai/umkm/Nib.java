package id.gerai.umkm;

/** Nomor Induk Berusaha: the 13-digit business number issued through OSS. */
public final class Nib {

  private Nib() {}

  /** Removes spaces, dots and dashes; blank becomes null. */
  public static String rapikan(String nib) {
    if (nib == null || nib.isBlank()) {
      return null;
    }
    return nib.replaceAll("[\\s.-]", "");
  }

  /** Exactly 13 digits once spaces, dots and dashes are gone. */
  public static HasilPeriksa periksa(String nib) {
    String rapi = rapikan(nib);
    return rapi != null && rapi.matches("[0-9]{13}")
        ? HasilPeriksa.baik()
        : HasilPeriksa.galat("umkm.nib.tidak-sah");
  }
}

package id.gerai.shared.berkas;

import java.text.Normalizer;
import java.util.Locale;

/** The name a file is shown and offered under: cleaned, never a path, with its kind's extension. */
public final class NamaBerkas {

  private static final int PANJANG = 120;

  private NamaBerkas() {}

  /**
   * The last segment of whatever the device sent (no folders, no {@code ..}), accents dropped, only
   * letters, digits, space, dot, dash, underscore and brackets kept, at most 120 characters, always
   * ending in the extension of the kind the content really is. A name with nothing left becomes
   * {@code bawaan} with that extension.
   */
  public static String aman(String namaAsli, JenisBerkas jenis, String bawaan) {
    String nama = namaAsli == null ? "" : namaAsli;
    nama = nama.substring(Math.max(nama.lastIndexOf('/'), nama.lastIndexOf('\\')) + 1);
    nama = Normalizer.normalize(nama, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    nama = nama.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("_{2,}", "_");
    nama = nama.replaceAll("\\.{2,}", ".").replaceAll("^[. _-]+", "");
    for (String a : jenis.semuaAkhiran()) {
      if (nama.toLowerCase(Locale.ROOT).endsWith("." + a)) {
        nama = nama.substring(0, nama.length() - a.length() - 1);
        break;
      }
    }
    nama = nama.replaceAll("[. _-]+$", "");
    if (nama.isBlank()) {
      nama = bawaan;
    }
    String akhiran = "." + jenis.akhiran();
    if (nama.length() > PANJANG - akhiran.length()) {
      nama = nama.substring(0, PANJANG - akhiran.length()).strip();
    }
    return nama + akhiran;
  }
}

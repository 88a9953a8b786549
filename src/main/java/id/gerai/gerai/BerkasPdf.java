package id.gerai.gerai;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * What makes an upload a PDF and how its name may be shown. A PDF is known by its first bytes
 * ({@code %PDF-}), never by its name or the content type a browser declares. The user's name is
 * only ever shown and offered on download, cleaned to safe characters; it is never a path.
 */
public final class BerkasPdf {

  /** The magic bytes every PDF starts with. */
  static final byte[] KEPALA = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private static final int PANJANG_NAMA = 120;
  private static final String NAMA_BAWAAN = "surat-keputusan.pdf";

  private BerkasPdf() {}

  /** Whether the first bytes of a file are those of a PDF. */
  public static boolean pdf(byte[] awal) {
    return awal != null
        && awal.length >= KEPALA.length
        && Arrays.equals(awal, 0, KEPALA.length, KEPALA, 0, KEPALA.length);
  }

  /**
   * The name to show: the last segment of whatever the device sent (no folders, no {@code ..}),
   * accents dropped, only letters, digits, space, dot, dash, underscore and brackets kept, at most
   * 120 characters, always ending in {@code .pdf}.
   */
  public static String namaAman(String namaAsli) {
    String nama = namaAsli == null ? "" : namaAsli;
    nama = nama.substring(Math.max(nama.lastIndexOf('/'), nama.lastIndexOf('\\')) + 1);
    nama = Normalizer.normalize(nama, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    nama = nama.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("_{2,}", "_");
    nama = nama.replaceAll("\\.{2,}", ".").replaceAll("^[. _-]+", "");
    if (nama.toLowerCase().endsWith(".pdf")) {
      nama = nama.substring(0, nama.length() - 4);
    }
    nama = nama.replaceAll("[. _-]+$", "");
    if (nama.isBlank()) {
      return NAMA_BAWAAN;
    }
    if (nama.length() > PANJANG_NAMA - 4) {
      nama = nama.substring(0, PANJANG_NAMA - 4).strip();
    }
    return nama + ".pdf";
  }
}

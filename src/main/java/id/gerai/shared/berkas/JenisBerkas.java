package id.gerai.shared.berkas;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file the application accepts, each known by its first bytes (magic bytes), never by
 * its name or the content type a browser declares: a renamed script stays a script.
 */
public enum JenisBerkas {
  PDF("application/pdf", List.of("pdf")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  PNG("image/png", List.of("png")),
  WEBP("image/webp", List.of("webp"));

  /** How many first bytes {@link #kenali} needs to tell every kind apart. */
  public static final int PANJANG_KEPALA = 12;

  private static final byte[] PDF_AWAL = ascii("%PDF-");
  private static final byte[] JPEG_AWAL = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_AWAL = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] RIFF = ascii("RIFF");
  private static final byte[] WEBP_TANDA = ascii("WEBP");

  private final String tipe;
  private final List<String> akhiran;

  JenisBerkas(String tipe, List<String> akhiran) {
    this.tipe = tipe;
    this.akhiran = akhiran;
  }

  /** The media type sent with the file. */
  public String tipe() {
    return tipe;
  }

  /** The file name extension given to a download (without dot). */
  public String akhiran() {
    return akhiran.get(0);
  }

  List<String> semuaAkhiran() {
    return akhiran;
  }

  /** Whether a browser shows it as a picture (a preview may be inline). */
  public boolean gambar() {
    return this != PDF;
  }

  /** The kind of a file by its first bytes, or empty when it is none of ours. */
  public static Optional<JenisBerkas> kenali(byte[] awal) {
    if (awal == null) {
      return Optional.empty();
    }
    if (mulai(awal, 0, PDF_AWAL)) {
      return Optional.of(PDF);
    }
    if (mulai(awal, 0, JPEG_AWAL)) {
      return Optional.of(JPEG);
    }
    if (mulai(awal, 0, PNG_AWAL)) {
      return Optional.of(PNG);
    }
    if (mulai(awal, 0, RIFF) && mulai(awal, 8, WEBP_TANDA)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean mulai(byte[] isi, int dari, byte[] tanda) {
    return isi.length >= dari + tanda.length
        && Arrays.equals(isi, dari, dari + tanda.length, tanda, 0, tanda.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}

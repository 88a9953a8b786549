package id.gerai.shared.berkas;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small real files of each kind for tests: their first bytes are what counts. */
public final class BerkasUji {

  /** A small but complete PDF: one empty page. */
  public static final byte[] PDF =
      """
      %PDF-1.4
      1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
      2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
      3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
      trailer << /Root 1 0 R >>
      %%EOF
      """
          .getBytes(StandardCharsets.US_ASCII);

  public static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  public static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0
  };

  public static final byte[] WEBP = {
    'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0, 0, 0, 0
  };

  /** An HTML page with a script: must never be taken for a picture, whatever it is called. */
  public static final byte[] HTML =
      "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

  private BerkasUji() {}

  /** A file of a kind padded to exactly {@code ukuran} bytes. */
  public static byte[] sebesar(byte[] awal, int ukuran) {
    return Arrays.copyOf(awal, ukuran);
  }
}

package id.gerai.kegiatan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Check-in codes and their QR pictures. A code is 10 characters of an alphabet without look-alikes
 * (no 0/O, 1/I/L), typed or scanned at the door; the QR code is drawn as SVG on the server, one
 * square path per dark module, so it stays sharp on any screen and needs no script.
 */
public final class KodeQr {

  private static final String ABJAD = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom ACAK = new SecureRandom();

  private KodeQr() {}

  /**
   * A new code whose QR code a standard reader finds and reads back. About one random code in 200
   * has data modules that a reader's finder takes for a corner mark, so the reader misses the code
   * at some sizes or at all; such a code is drawn again, so none of them is ever printed.
   */
  static String baru() {
    String kode = acak();
    for (int coba = 1; coba < 20 && !terbaca(kode); coba++) {
      kode = acak();
    }
    return kode;
  }

  private static String acak() {
    StringBuilder s = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      s.append(ABJAD.charAt(ACAK.nextInt(ABJAD.length())));
    }
    return s.toString();
  }

  /**
   * Whether a reader finds the code's QR picture and reads it back, drawn at every size from 2 to 8
   * pixels a module (a misleading module pattern may fool the finder at some sizes only).
   */
  static boolean terbaca(String kode) {
    BitMatrix m = matriks(kode);
    for (int skala = 2; skala <= 8; skala++) {
      try {
        if (!kode.equals(new QRCodeReader().decode(gambar(m, skala)).getText())) {
          return false;
        }
      } catch (ReaderException e) {
        return false;
      }
    }
    return true;
  }

  /** The QR code as a black-on-white picture of {@code skala} pixels a module, for a reader. */
  static BinaryBitmap gambar(BitMatrix m, int skala) {
    int lebar = m.getWidth() * skala;
    int tinggi = m.getHeight() * skala;
    int[] piksel = new int[lebar * tinggi];
    for (int y = 0; y < tinggi; y++) {
      for (int x = 0; x < lebar; x++) {
        piksel[y * lebar + x] = m.get(x / skala, y / skala) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lebar, tinggi, piksel)));
  }

  /**
   * The code as typed or scanned: trimmed, upper case; a scanned link keeps only its last part.
   * Null when nothing is left.
   */
  static String rapikan(String masukan) {
    if (masukan == null) {
      return null;
    }
    String t = masukan.strip();
    int potong = Math.max(t.lastIndexOf('='), t.lastIndexOf('/'));
    t = t.substring(potong + 1).strip().toUpperCase();
    return t.isEmpty() ? null : t;
  }

  /** The QR code of a text as an SVG document. */
  public static String svg(String teks) {
    BitMatrix m = matriks(teks);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + m.getWidth()
        + " "
        + m.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The QR code's modules (with a 4-module quiet zone), error correction level M. */
  static BitMatrix matriks(String teks) {
    try {
      return new QRCodeWriter()
          .encode(
              teks,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  4));
    } catch (WriterException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

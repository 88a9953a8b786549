package id.gerai.akun;

import id.gerai.shared.MasukanTidakSah;
import java.security.SecureRandom;

/** What a password must be (at least ten characters), and how a random one is made. */
final class AturanSandi {

  static final int PANJANG_MIN = 10;
  static final int PANJANG_MAKS = 128;

  /** No look-alike characters (0/O, 1/l/I), so a password read aloud or copied by hand works. */
  private static final String HURUF = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final SecureRandom ACAK = new SecureRandom();

  private AturanSandi() {}

  static void periksa(String kataSandi) {
    if (kataSandi == null || kataSandi.length() < PANJANG_MIN) {
      throw new MasukanTidakSah("akun.sandi.terlalu-pendek");
    }
    if (kataSandi.length() > PANJANG_MAKS) {
      throw new MasukanTidakSah("akun.sandi.terlalu-panjang");
    }
  }

  /** Sixteen random characters: about 94 bits. */
  static String acak() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append(HURUF.charAt(ACAK.nextInt(HURUF.length())));
    }
    return sb.toString();
  }
}

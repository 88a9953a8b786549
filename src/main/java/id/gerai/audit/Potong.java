package id.gerai.audit;

/** Cuts text a client controls (a user agent, an attempted user name) to its column's length. */
final class Potong {

  private Potong() {}

  static String ke(String teks, int panjang) {
    if (teks == null || teks.length() <= panjang) {
      return teks;
    }
    return teks.substring(0, panjang);
  }
}

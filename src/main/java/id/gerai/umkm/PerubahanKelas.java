package id.gerai.umkm;

import java.util.Objects;

/** How a business's size class changed from one year to a later one. */
public enum PerubahanKelas {
  /** Naik kelas: a larger class than before. */
  NAIK,
  /** A smaller class than before. */
  TURUN,
  /** The same class. */
  TETAP;

  /** Compares the class of an earlier year with the class of a later year. */
  public static PerubahanKelas banding(KelasUsaha sebelum, KelasUsaha sesudah) {
    Objects.requireNonNull(sebelum, "sebelum");
    Objects.requireNonNull(sesudah, "sesudah");
    int beda = sesudah.compareTo(sebelum);
    if (beda > 0) {
      return NAIK;
    }
    return beda < 0 ? TURUN : TETAP;
  }
}

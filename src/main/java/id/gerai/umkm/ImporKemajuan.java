package id.gerai.umkm;

/**
 * How far a running import is: rows processed so far and the rows the file is expected to hold (0
 * when not known beforehand, e.g. a workbook). Written by the import, read by the progress page.
 */
public final class ImporKemajuan {

  private final long perkiraan;
  private volatile long diproses;

  public ImporKemajuan(long perkiraan) {
    this.perkiraan = perkiraan;
  }

  public static ImporKemajuan tanpaPerkiraan() {
    return new ImporKemajuan(0);
  }

  public long perkiraan() {
    return perkiraan;
  }

  public long diproses() {
    return diproses;
  }

  void diproses(long n) {
    diproses = n;
  }

  /** Whole percent done, capped at 99 until the import ends; -1 when the total is unknown. */
  public int persen() {
    if (perkiraan <= 0) {
      return -1;
    }
    return (int) Math.min(99, diproses * 100 / perkiraan);
  }
}

package id.gerai.umkm;

/** The ladder's flags the register does not hold: keeps books, has formal credit (such as KUR). */
public record TanggaPenanda(boolean pembukuan, boolean pembiayaanFormal) {

  public static final TanggaPenanda KOSONG = new TanggaPenanda(false, false);
}

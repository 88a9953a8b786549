package id.gerai.wilayah;

/** The four levels of the tree, known from the length of the code. */
public enum WilayahTingkat {
  PROVINSI(2),
  KABUPATEN(5),
  KECAMATAN(8),
  KELURAHAN(13);

  private final int panjangKode;

  WilayahTingkat(int panjangKode) {
    this.panjangKode = panjangKode;
  }

  public int nomor() {
    return ordinal() + 1;
  }

  public static WilayahTingkat dariNomor(int nomor) {
    return values()[nomor - 1];
  }

  static WilayahTingkat dariKode(String kode) {
    for (WilayahTingkat t : values()) {
      if (t.panjangKode == kode.length()) {
        return t;
      }
    }
    throw new IllegalArgumentException(kode);
  }
}

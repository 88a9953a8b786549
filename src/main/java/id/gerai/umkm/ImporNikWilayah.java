package id.gerai.umkm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The NIK area questions of one import, each code asked of the area table once: a file's NIKs come
 * from few areas, so a million rows ask a few hundred questions instead of three million.
 */
final class ImporNikWilayah implements Nik.Wilayah {

  private static final int MAKS = 100_000;

  private final Nik.Wilayah asal;
  private final Map<String, Boolean> jawaban = new HashMap<>();

  ImporNikWilayah(Nik.Wilayah asal) {
    this.asal = asal;
  }

  @Override
  public boolean adaProvinsi(String kode) {
    return tanya("p" + kode, k -> asal.adaProvinsi(kode));
  }

  @Override
  public boolean adaKabupaten(String kode) {
    return tanya("k" + kode, k -> asal.adaKabupaten(kode));
  }

  @Override
  public boolean adaKecamatan(String kode) {
    return tanya("c" + kode, k -> asal.adaKecamatan(kode));
  }

  private boolean tanya(String kunci, Predicate<String> tanya) {
    Boolean j = jawaban.get(kunci);
    if (j == null) {
      j = tanya.test(kunci);
      if (jawaban.size() < MAKS) {
        jawaban.put(kunci, j);
      }
    }
    return j;
  }
}

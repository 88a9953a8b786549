package id.gerai.umkm;

import java.util.List;

/**
 * What an import found (and, after saving, did): rows read, valid and rejected, businesses added
 * and skipped as already registered, the first errors and warnings by row and column, and the
 * headers not known (reported, not an error), and the valid rows that look like a business already
 * registered (warnings with the record matched).
 */
public record ImporLaporan(
    int dibaca,
    int sah,
    int ditolak,
    int ditambahkan,
    int dilewati,
    List<ImporGalat> galat,
    List<ImporGalat> peringatan,
    List<String> kolomTakDikenal,
    List<ImporDuplikat> duplikat,
    boolean disimpan) {

  /** At most this many errors and warnings are kept; the counters go on. */
  public static final int GALAT_MAKS = 1_000;

  public ImporLaporan {
    galat = List.copyOf(galat);
    peringatan = List.copyOf(peringatan);
    kolomTakDikenal = List.copyOf(kolomTakDikenal);
    duplikat = List.copyOf(duplikat);
  }
}

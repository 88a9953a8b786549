package id.gerai.umkm.impor;

import id.gerai.umkm.ImporKolomKurang;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The header row read: where each known column is, and the headers not known. */
public record Kepala(Map<Kolom, Integer> posisi, List<String> takDikenal, List<String> judul) {

  /** Reads the header row; a missing required column refuses the whole file. */
  public static Kepala baca(List<String> baris) {
    return baca(baris, Map.of());
  }

  /**
   * Reads the header row with the user's mapping of headers it does not know (header as written →
   * column name, e.g. {@code NAMA_USAHA}); a mapped header counts as that column. A missing
   * required column refuses the whole file with {@link ImporKolomKurang}.
   */
  public static Kepala baca(List<String> baris, Map<String, String> peta) {
    Map<Kolom, Integer> posisi = new EnumMap<>(Kolom.class);
    List<String> takDikenal = new ArrayList<>();
    for (int i = 0; i < baris.size(); i++) {
      String judul = baris.get(i);
      if (judul == null || judul.isBlank()) {
        continue;
      }
      int indeks = i;
      Kolom.dari(judul)
          .or(() -> dipetakan(peta, judul))
          .ifPresentOrElse(k -> posisi.putIfAbsent(k, indeks), () -> takDikenal.add(bersih(judul)));
    }
    List<String> hilang = new ArrayList<>();
    for (Kolom k : Kolom.values()) {
      if (k.wajib() && !posisi.containsKey(k)) {
        hilang.add(k.name());
      }
    }
    if (!hilang.isEmpty()) {
      throw new ImporKolomKurang(Kolom.valueOf(hilang.get(0)).judul(), takDikenal, hilang);
    }
    return new Kepala(posisi, List.copyOf(takDikenal), List.copyOf(baris));
  }

  private static java.util.Optional<Kolom> dipetakan(Map<String, String> peta, String judul) {
    String nama = peta.get(bersih(judul));
    if (nama == null || nama.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Kolom.valueOf(nama));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** A header as shown and mapped: BOM and outer spaces removed. */
  public static String bersih(String judul) {
    return judul.replace("\uFEFF", "").strip();
  }

  /** A row's value of a column, stripped; null when the column is absent or the cell blank. */
  public String nilai(List<String> baris, Kolom k) {
    Integer i = posisi.get(k);
    if (i == null || i >= baris.size() || baris.get(i) == null || baris.get(i).isBlank()) {
      return null;
    }
    return baris.get(i).strip();
  }

  /** The column's header as the file writes it (the user's own words), else the template's. */
  public String judul(Kolom k) {
    Integer i = posisi.get(k);
    return i == null ? k.judul() : judul.get(i).replace("\uFEFF", "").strip();
  }

  public boolean ada(Kolom k) {
    return posisi.containsKey(k);
  }
}

package id.gerai.umkm.impor;

import id.gerai.shared.MasukanTidakSah;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The header row read: where each known column is, and the headers not known. */
public record Kepala(Map<Kolom, Integer> posisi, List<String> takDikenal, List<String> judul) {

  /** Reads the header row; a missing required column refuses the whole file. */
  public static Kepala baca(List<String> baris) {
    Map<Kolom, Integer> posisi = new EnumMap<>(Kolom.class);
    List<String> takDikenal = new ArrayList<>();
    for (int i = 0; i < baris.size(); i++) {
      String judul = baris.get(i);
      if (judul == null || judul.isBlank()) {
        continue;
      }
      int indeks = i;
      Kolom.dari(judul)
          .ifPresentOrElse(k -> posisi.putIfAbsent(k, indeks), () -> takDikenal.add(judul.strip()));
    }
    for (Kolom k : Kolom.values()) {
      if (k.wajib() && !posisi.containsKey(k)) {
        throw new MasukanTidakSah("impor.berkas.kolom-wajib", k.judul());
      }
    }
    return new Kepala(posisi, List.copyOf(takDikenal), List.copyOf(baris));
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

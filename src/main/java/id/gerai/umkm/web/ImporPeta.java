package id.gerai.umkm.web;

import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.impor.Kepala;
import id.gerai.umkm.impor.Kolom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's mapping of headers the import does not know to its columns: from the mapping form
 * (parallel lists of headers and column names) or from the API ({@code peta=Header=COLUMN},
 * repeated). An empty choice leaves a header unmapped.
 */
final class ImporPeta {

  /** One column to choose: its name (sent back) and its header (shown). */
  record Pilihan(String nama, String judul) {}

  private ImporPeta() {}

  static List<Pilihan> pilihan() {
    return Arrays.stream(Kolom.values()).map(k -> new Pilihan(k.name(), k.judul())).toList();
  }

  static Map<String, String> dari(List<String> kepala, List<String> kolom) {
    Map<String, String> peta = new LinkedHashMap<>();
    if (kepala == null || kolom == null) {
      return peta;
    }
    if (kepala.size() != kolom.size()) {
      throw new MasukanTidakSah("impor.peta.tidak-sah", String.join(", ", kepala));
    }
    for (int i = 0; i < kepala.size(); i++) {
      tambah(peta, kepala.get(i), kolom.get(i));
    }
    return peta;
  }

  /** The API's form: each value {@code header=COLUMN}, split at the last {@code =}. */
  static Map<String, String> dariApi(List<String> pasangan) {
    Map<String, String> peta = new LinkedHashMap<>();
    if (pasangan == null) {
      return peta;
    }
    for (String p : pasangan) {
      int i = p.lastIndexOf('=');
      if (i <= 0) {
        throw new MasukanTidakSah("impor.peta.tidak-sah", p);
      }
      tambah(peta, p.substring(0, i), p.substring(i + 1));
    }
    return peta;
  }

  private static void tambah(Map<String, String> peta, String kepala, String kolom) {
    if (kolom == null || kolom.isBlank()) {
      return;
    }
    String nama = kolom.strip();
    if (Arrays.stream(Kolom.values()).noneMatch(k -> k.name().equals(nama))) {
      throw new MasukanTidakSah("impor.peta.tidak-sah", kolom);
    }
    peta.put(Kepala.bersih(kepala), nama);
  }
}

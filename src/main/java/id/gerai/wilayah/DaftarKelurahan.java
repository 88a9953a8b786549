package id.gerai.wilayah;

import id.gerai.shared.impor.KepalaKolom;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home area's kelurahan, found by code or by name (case and spacing ignored). A name shared by
 * two kecamatan (Kota Semarang has two Mangunharjo and two Purwosari) needs the row's kecamatan.
 */
public final class DaftarKelurahan {

  /** A kelurahan found, or an error key with the names to suggest. */
  public record Hasil(String kode, String kunciGalat, String saran) {}

  private final List<Wilayah> kelurahan;
  private final Map<String, String> namaKecamatan = new HashMap<>();
  private final Map<String, List<Wilayah>> menurutNama;

  public DaftarKelurahan(WilayahService wilayah) {
    String rumah = wilayah.kodeRumah();
    this.kelurahan = wilayah.turunan(rumah, WilayahTingkat.KELURAHAN);
    wilayah
        .turunan(rumah, WilayahTingkat.KECAMATAN)
        .forEach(k -> namaKecamatan.put(k.kode(), k.nama()));
    this.menurutNama =
        kelurahan.stream().collect(Collectors.groupingBy(w -> KepalaKolom.rapikan(w.nama())));
  }

  public Hasil cari(String teks, String kecamatan) {
    for (Wilayah w : kelurahan) {
      if (w.kode().equals(teks)) {
        return new Hasil(w.kode(), null, null);
      }
    }
    List<Wilayah> sama = menurutNama.getOrDefault(KepalaKolom.rapikan(teks), List.of());
    if (sama.size() == 1) {
      return new Hasil(sama.get(0).kode(), null, null);
    }
    if (sama.size() > 1) {
      List<Wilayah> dalam =
          sama.stream()
              .filter(
                  w ->
                      KepalaKolom.rapikan(namaKecamatan.get(w.induk()))
                          .equals(KepalaKolom.rapikan(kecamatan)))
              .toList();
      return dalam.size() == 1
          ? new Hasil(dalam.get(0).kode(), null, null)
          : new Hasil(null, "impor.kelurahan.ganda", saran(sama));
    }
    return new Hasil(null, "impor.kelurahan.tidak-ada", saran(mirip(KepalaKolom.rapikan(teks))));
  }

  private String saran(List<Wilayah> daftar) {
    return daftar.stream()
        .map(w -> w.nama() + " (" + namaKecamatan.get(w.induk()) + ")")
        .collect(Collectors.joining(" / "));
  }

  private List<Wilayah> mirip(String nama) {
    return kelurahan.stream()
        .filter(w -> jarak(nama, KepalaKolom.rapikan(w.nama())) <= 3)
        .sorted(Comparator.comparingInt(w -> jarak(nama, KepalaKolom.rapikan(w.nama()))))
        .limit(3)
        .toList();
  }

  /** Levenshtein edit distance. */
  static int jarak(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int ganti = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(ganti, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

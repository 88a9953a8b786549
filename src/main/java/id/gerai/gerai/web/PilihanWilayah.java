package id.gerai.gerai.web;

import id.gerai.shared.Cakupan;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The areas a page offers in its selects: the home area's kecamatan the caller's scope touches,
 * and, for the gerai form, each such kecamatan with its kelurahan. The area tree is public
 * reference data, so narrowing these options in memory hides nothing; the records themselves are
 * always scoped in SQL.
 */
@Component
class PilihanWilayah {

  /** A kecamatan and the areas of it the editor may choose, the kecamatan itself first. */
  record Kelompok(Wilayah kecamatan, List<Wilayah> pilihan) {}

  private final WilayahService wilayah;

  PilihanWilayah(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  /** The kecamatan whose gerai the scope may reach, for the list filter. */
  List<Wilayah> kecamatan(Cakupan cakupan) {
    String kode = cakupan.kodeWilayah();
    return wilayah.turunan(wilayah.kodeRumah(), WilayahTingkat.KECAMATAN).stream()
        .filter(
            k ->
                kode != null
                    && cakupan.jenis() != Cakupan.Jenis.MILIK_SENDIRI
                    && (Cakupan.wilayah(kode).mencakupWilayah(k.kode())
                        || Cakupan.wilayah(k.kode()).mencakupWilayah(kode)))
        .toList();
  }

  /** Every kecamatan and kelurahan of the home area inside the editor's scope, by kecamatan. */
  List<Kelompok> untukForm(Cakupan editor) {
    String rumah = wilayah.kodeRumah();
    List<Wilayah> kelurahan = wilayah.turunan(rumah, WilayahTingkat.KELURAHAN);
    List<Kelompok> hasil = new ArrayList<>();
    for (Wilayah kec : wilayah.turunan(rumah, WilayahTingkat.KECAMATAN)) {
      List<Wilayah> pilihan = new ArrayList<>();
      if (editor.mencakupWilayah(kec.kode())) {
        pilihan.add(kec);
      }
      kelurahan.stream()
          .filter(k -> kec.kode().equals(k.induk()) && editor.mencakupWilayah(k.kode()))
          .forEach(pilihan::add);
      if (!pilihan.isEmpty()) {
        hasil.add(new Kelompok(kec, pilihan));
      }
    }
    return hasil;
  }
}

package id.gerai.umkm;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change of the empowerment class (by annual sales) between two recorded years of a business.
 * {@code dasarKriteria} is the rule of the later year; {@code aturanBerubah} says that the two
 * years were classed by different rules (UU 20/2008 before 2021, PP 7/2021 from 2021, which raised
 * the ceilings), so the change may reflect the rule rather than the business.
 */
public record NaikKelas(
    int tahunDari,
    int tahunKe,
    KelasUsaha kelasDari,
    KelasUsaha kelasKe,
    PerubahanKelas arah,
    DasarKriteria dasarKriteria,
    boolean aturanBerubah,
    OffsetDateTime dicatatPada) {

  /** The change between two years' figures, or null when the class stayed the same. */
  static NaikKelas antara(AngkaTahunan dari, AngkaTahunan ke, OffsetDateTime pada) {
    PerubahanKelas arah = PerubahanKelas.banding(dari.kelasPemberdayaan(), ke.kelasPemberdayaan());
    if (arah == PerubahanKelas.TETAP) {
      return null;
    }
    return new NaikKelas(
        dari.tahun(),
        ke.tahun(),
        dari.kelasPemberdayaan(),
        ke.kelasPemberdayaan(),
        arah,
        ke.dasarKriteria(),
        dari.dasarKriteria() != ke.dasarKriteria(),
        pada);
  }

  /** Every class change along a business's figures, comparing each year with the previous one. */
  static List<NaikKelas> dari(List<AngkaTahunan> angka, OffsetDateTime pada) {
    List<AngkaTahunan> urut =
        angka.stream().sorted(Comparator.comparingInt(AngkaTahunan::tahun)).toList();
    List<NaikKelas> hasil = new ArrayList<>();
    for (int i = 1; i < urut.size(); i++) {
      NaikKelas n = antara(urut.get(i - 1), urut.get(i), pada);
      if (n != null) {
        hasil.add(n);
      }
    }
    return hasil;
  }

  /** The rebuilt changes, keeping when each change that was already recorded was first recorded. */
  static List<NaikKelas> pertahankanWaktu(List<NaikKelas> lama, List<NaikKelas> baru) {
    return baru.stream()
        .map(n -> lama.stream().filter(l -> l.setara(n)).findFirst().orElse(n))
        .toList();
  }

  /** Whether two lists hold the same changes (years and classes), in the same order. */
  static boolean sama(List<NaikKelas> a, List<NaikKelas> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).setara(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean setara(NaikKelas o) {
    return tahunDari == o.tahunDari
        && tahunKe == o.tahunKe
        && kelasDari == o.kelasDari
        && kelasKe == o.kelasKe;
  }
}

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
}

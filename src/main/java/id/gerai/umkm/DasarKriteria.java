package id.gerai.umkm;

import static id.gerai.umkm.KelasUsaha.KECIL;
import static id.gerai.umkm.KelasUsaha.MENENGAH;
import static id.gerai.umkm.KelasUsaha.MIKRO;
import static id.gerai.umkm.KriteriaKelas.Ukuran.KEKAYAAN_BERSIH;
import static id.gerai.umkm.KriteriaKelas.Ukuran.MODAL_USAHA;
import static id.gerai.umkm.KriteriaKelas.Ukuran.OMZET_TAHUNAN;
import static id.gerai.umkm.KriteriaKelas.baris;

import id.gerai.umkm.KriteriaKelas.Ukuran;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The regulation a size class was decided by, with its table (DOMAIN.md section 1). A new
 * regulation is a new constant with its own table and first year, declared after the older ones.
 */
public enum DasarKriteria {
  UU_20_2008(
      "UU 20/2008 Pasal 6",
      2008,
      KEKAYAAN_BERSIH,
      List.of(
          baris(KEKAYAAN_BERSIH, MIKRO, 50_000_000L),
          baris(KEKAYAAN_BERSIH, KECIL, 500_000_000L),
          baris(KEKAYAAN_BERSIH, MENENGAH, 10_000_000_000L),
          baris(OMZET_TAHUNAN, MIKRO, 300_000_000L),
          baris(OMZET_TAHUNAN, KECIL, 2_500_000_000L),
          baris(OMZET_TAHUNAN, MENENGAH, 50_000_000_000L))),
  /**
   * In force from 2 February 2021. Figures are yearly, so the whole calendar year 2021 and every
   * later year are classed by this rule; the few weeks of January 2021 are not split off.
   */
  PP_7_2021(
      "PP 7/2021 Pasal 35",
      2021,
      MODAL_USAHA,
      List.of(
          baris(MODAL_USAHA, MIKRO, 1_000_000_000L),
          baris(MODAL_USAHA, KECIL, 5_000_000_000L),
          baris(MODAL_USAHA, MENENGAH, 10_000_000_000L),
          baris(OMZET_TAHUNAN, MIKRO, 2_000_000_000L),
          baris(OMZET_TAHUNAN, KECIL, 15_000_000_000L),
          baris(OMZET_TAHUNAN, MENENGAH, 50_000_000_000L)));

  private final String nama;
  private final int tahunBerlaku;
  private final Ukuran ukuranModal;
  private final List<KriteriaKelas> tabel;

  DasarKriteria(String nama, int tahunBerlaku, Ukuran ukuranModal, List<KriteriaKelas> tabel) {
    this.nama = nama;
    this.tahunBerlaku = tahunBerlaku;
    this.ukuranModal = ukuranModal;
    this.tabel = tabel;
  }

  /** The regulation's name and article, e.g. "PP 7/2021 Pasal 35". */
  public String nama() {
    return nama;
  }

  /** The first calendar year whose figures are classed by this rule. */
  public int tahunBerlaku() {
    return tahunBerlaku;
  }

  /** The capital-side figure: modal usaha (PP 7/2021) or kekayaan bersih (UU 20/2008). */
  public Ukuran ukuranModal() {
    return ukuranModal;
  }

  public List<KriteriaKelas> tabel() {
    return tabel;
  }

  /**
   * The rule for the figures of a calendar year: the newest rule in force that year. Years before
   * the oldest rule's first year fall back to the oldest rule (UU 20/2008).
   */
  public static DasarKriteria untukTahun(int tahun) {
    DasarKriteria[] semua = values();
    for (int i = semua.length - 1; i > 0; i--) {
      if (tahun >= semua[i].tahunBerlaku) {
        return semua[i];
      }
    }
    return semua[0];
  }

  /** The class of a non-negative amount by one of this rule's criteria; null when it is null. */
  KelasUsaha kelas(Ukuran ukuran, BigDecimal nilai) {
    if (nilai == null) {
      return null;
    }
    List<KriteriaKelas> baris = tabel.stream().filter(k -> k.ukuran() == ukuran).toList();
    if (baris.isEmpty()) {
      throw new IllegalArgumentException(nama + " has no criterion " + ukuran);
    }
    return baris.stream()
        .filter(k -> nilai.compareTo(k.batasAtas()) <= 0)
        .min(Comparator.comparing(KriteriaKelas::batasAtas))
        .map(KriteriaKelas::kelas)
        .orElse(KelasUsaha.BESAR);
  }
}

package id.gerai.umkm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a regulation's size table: for one figure, the highest amount (inclusive, in rupiah)
 * that still belongs to a class. The lower bound of a class is the ceiling of the class below it,
 * exclusive; above the Menengah ceiling a business is {@link KelasUsaha#BESAR}.
 */
public record KriteriaKelas(Ukuran ukuran, KelasUsaha kelas, BigDecimal batasAtas) {

  /** The figure a criterion measures. */
  public enum Ukuran {
    /** Hasil penjualan tahunan (annual sales). */
    OMZET_TAHUNAN,
    /** Modal usaha excluding land and buildings of the business premises (PP 7/2021). */
    MODAL_USAHA,
    /** Kekayaan bersih excluding land and buildings of the business premises (UU 20/2008). */
    KEKAYAAN_BERSIH
  }

  public KriteriaKelas {
    Objects.requireNonNull(ukuran, "ukuran");
    Objects.requireNonNull(kelas, "kelas");
    Objects.requireNonNull(batasAtas, "batasAtas");
    if (kelas == KelasUsaha.BESAR || batasAtas.signum() <= 0) {
      throw new IllegalArgumentException("a ceiling is positive and belongs to a UMKM class");
    }
  }

  static KriteriaKelas baris(Ukuran ukuran, KelasUsaha kelas, long batasAtasRupiah) {
    return new KriteriaKelas(ukuran, kelas, BigDecimal.valueOf(batasAtasRupiah));
  }
}

package id.gerai.umkm;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One year's figures of a business (rupiah) with the size classes they give under the rule in force
 * that year: by annual sales (the class for empowerment) and by capital (for registration; kekayaan
 * bersih before 2021, modal usaha from 2021).
 */
public record AngkaTahunan(
    int tahun,
    BigDecimal omzetTahunan,
    BigDecimal modalUsaha,
    BigDecimal kekayaanBersih,
    Integer tenagaKerja,
    Sumber sumber,
    KelasUsaha kelasOmzet,
    KelasUsaha kelasModal,
    DasarKriteria dasarKriteria,
    String dasarKriteriaNama,
    String dicatatOleh,
    OffsetDateTime dicatatPada) {

  /** Where the figures come from. */
  public enum Sumber {
    /** Reported by the business actor itself, not yet checked. */
    MANDIRI,
    /** Checked by a gerai officer or Dinkop staff. */
    TERVERIFIKASI,
    /** Taken from a report (e.g. a program or survey report). */
    LAPORAN
  }

  /** The class the office works with: by annual sales (PP 7/2021 Pasal 35 ayat 4). */
  public KelasUsaha kelasPemberdayaan() {
    return kelasOmzet;
  }
}

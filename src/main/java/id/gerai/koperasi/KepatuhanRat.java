package id.gerai.koperasi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RAT deadline rule (DOMAIN.md 3): a primary cooperative holds the RAT of a fiscal year by the
 * end of a month of the next year (March), a secondary one by the end of a later month (June). The
 * months are configuration ({@code gerai.koperasi.rat.*}); the fiscal year is the calendar year. A
 * deadline day still counts as on time. Pure: no clock, no database.
 */
public final class KepatuhanRat {

  /** Two fiscal years in a row without a RAT, the later year's deadline already passed. */
  public record DuaTahunTanpaRat(int tahunPertama, int tahunKedua, LocalDate batasKedua) {}

  private final int bulanPrimer;
  private final int bulanSekunder;

  public KepatuhanRat(int bulanPrimer, int bulanSekunder) {
    if (bulanPrimer < 1 || bulanPrimer > 12 || bulanSekunder < 1 || bulanSekunder > 12) {
      throw new IllegalArgumentException("RAT deadline months must be 1..12");
    }
    this.bulanPrimer = bulanPrimer;
    this.bulanSekunder = bulanSekunder;
  }

  /** The last day to hold the RAT of a fiscal year. */
  public LocalDate batas(BentukKoperasi bentuk, int tahunBuku) {
    int bulan = bentuk == BentukKoperasi.SEKUNDER ? bulanSekunder : bulanPrimer;
    return YearMonth.of(tahunBuku + 1, bulan).atEndOfMonth();
  }

  /**
   * The status of one fiscal year's RAT, held on {@code tanggalRat} (null when not held), as seen
   * on {@code hariIni}. {@code tanggalBerdiri} (may be null) excuses the years before founding.
   */
  public StatusRat status(
      BentukKoperasi bentuk,
      int tahunBuku,
      LocalDate tanggalRat,
      LocalDate tanggalBerdiri,
      LocalDate hariIni) {
    LocalDate batas = batas(bentuk, tahunBuku);
    if (tanggalRat != null) {
      return tanggalRat.isAfter(batas) ? StatusRat.TERLAMBAT : StatusRat.TEPAT_WAKTU;
    }
    if (tanggalBerdiri != null && tanggalBerdiri.getYear() > tahunBuku) {
      return StatusRat.TIDAK_WAJIB;
    }
    return hariIni.isAfter(batas) ? StatusRat.LEWAT_BATAS : StatusRat.BELUM_JATUH_TEMPO;
  }

  /** The latest fiscal year whose deadline has passed on {@code hariIni}. */
  public int tahunTerakhirJatuhTempo(BentukKoperasi bentuk, LocalDate hariIni) {
    int tahun = hariIni.getYear() - 1;
    return hariIni.isAfter(batas(bentuk, tahun)) ? tahun : tahun - 1;
  }

  /**
   * Whether the two latest fiscal years whose deadline has passed both went without a RAT (a late
   * RAT still counts as held); years before founding do not count against it.
   */
  public Optional<DuaTahunTanpaRat> duaTahunTanpaRat(
      BentukKoperasi bentuk,
      Set<Integer> tahunDenganRat,
      LocalDate tanggalBerdiri,
      LocalDate hariIni) {
    int kedua = tahunTerakhirJatuhTempo(bentuk, hariIni);
    int pertama = kedua - 1;
    for (int tahun : List.of(pertama, kedua)) {
      if (tahunDenganRat.contains(tahun)
          || status(bentuk, tahun, null, tanggalBerdiri, hariIni) != StatusRat.LEWAT_BATAS) {
        return Optional.empty();
      }
    }
    return Optional.of(new DuaTahunTanpaRat(pertama, kedua, batas(bentuk, kedua)));
  }
}

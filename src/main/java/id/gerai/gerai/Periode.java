package id.gerai.gerai;

import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A reporting period: whole months, aligned on the calendar year (a period of 3 months starts in
 * January, April, July or October). Its code is its first month, {@code YYYY-MM}.
 */
public record Periode(String kode, LocalDate mulai, LocalDate selesai) {

  private static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");

  /**
   * The period that starts with the month {@code kode}; a malformed or misaligned code is a 400.
   */
  public static Periode dari(String kode, int bulan) {
    YearMonth awal;
    try {
      awal = YearMonth.parse(kode == null ? "" : kode.strip());
    } catch (DateTimeParseException e) {
      throw new MasukanTidakSah("laporan.periode.tidak-sah", String.valueOf(kode));
    }
    if ((awal.getMonthValue() - 1) % bulan != 0) {
      throw new MasukanTidakSah("laporan.periode.tidak-sah", kode);
    }
    return dariBulan(awal, bulan);
  }

  /** The period that contains a day. */
  public static Periode memuat(LocalDate hari, int bulan) {
    YearMonth ym = YearMonth.from(hari);
    int geser = (ym.getMonthValue() - 1) % bulan;
    return dariBulan(ym.minusMonths(geser), bulan);
  }

  /** The period just before this one. */
  public Periode sebelumnya(int bulan) {
    return memuat(mulai.minusDays(1), bulan);
  }

  /** The last day a report for this period is on time: {@code hari} days after the period ends. */
  public LocalDate tenggat(int hari) {
    return selesai.plusDays(hari);
  }

  /** The period's first moment in the office's time zone (Asia/Jakarta), for queries on times. */
  public OffsetDateTime awalWaktu() {
    return mulai.atStartOfDay(ZONA).toOffsetDateTime();
  }

  /** The first moment after the period (its last day included), in the office's time zone. */
  public OffsetDateTime akhirWaktu() {
    return selesai.plusDays(1).atStartOfDay(ZONA).toOffsetDateTime();
  }

  private static Periode dariBulan(YearMonth awal, int bulan) {
    YearMonth akhir = awal.plusMonths(bulan - 1L);
    return new Periode(awal.toString(), awal.atDay(1), akhir.atEndOfMonth());
  }
}

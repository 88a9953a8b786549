package id.gerai.kegiatan.web;

import id.gerai.kegiatan.KegiatanRingkas;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A month as weeks of days (Monday first), each day with the activities running on it. */
record Kalender(YearMonth bulan, List<List<Kalender.Hari>> minggu) {

  record Hari(LocalDate tanggal, boolean bulanIni, List<KegiatanRingkas> kegiatan) {}

  static Kalender susun(YearMonth bulan, List<KegiatanRingkas> kegiatan) {
    LocalDate awal = bulan.atDay(1);
    LocalDate hari = awal.minusDays(awal.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    List<List<Hari>> minggu = new ArrayList<>();
    while (!hari.isAfter(bulan.atEndOfMonth())) {
      List<Hari> satu = new ArrayList<>(7);
      for (int i = 0; i < 7; i++, hari = hari.plusDays(1)) {
        LocalDate h = hari;
        satu.add(
            new Hari(
                h,
                YearMonth.from(h).equals(bulan),
                kegiatan.stream()
                    .filter(
                        k ->
                            !k.mulai().toLocalDate().isAfter(h)
                                && !k.selesai().toLocalDate().isBefore(h))
                    .toList()));
      }
      minggu.add(satu);
    }
    return new Kalender(bulan, minggu);
  }
}

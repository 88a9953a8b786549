package id.gerai.gerai.web;

import id.gerai.gerai.LaporanGeraiRingkas;
import id.gerai.gerai.Periode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of a gerai's report list: a period and its report, or none, so the gaps of the recent
 * periods show beside the reports made.
 */
record PeriodeLaporanBaris(Periode periode, LaporanGeraiRingkas laporan) {

  /** The recent periods and every period with a report, newest first. */
  static List<PeriodeLaporanBaris> gabung(List<Periode> terakhir, List<LaporanGeraiRingkas> ada) {
    Map<String, LaporanGeraiRingkas> perKode =
        ada.stream().collect(Collectors.toMap(l -> l.periode().kode(), Function.identity()));
    List<PeriodeLaporanBaris> hasil = new ArrayList<>();
    terakhir.forEach(p -> hasil.add(new PeriodeLaporanBaris(p, perKode.remove(p.kode()))));
    perKode.values().forEach(l -> hasil.add(new PeriodeLaporanBaris(l.periode(), l)));
    hasil.sort(Comparator.comparing((PeriodeLaporanBaris b) -> b.periode().kode()).reversed());
    return hasil;
  }
}

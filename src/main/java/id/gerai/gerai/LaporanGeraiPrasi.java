package id.gerai.gerai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds up what every {@link IsianLaporanGerai} bean suggests for a gerai and period. A contributor
 * that fails is logged and skipped: a report can always be filled in by hand.
 */
@Component
class LaporanGeraiPrasi {

  private static final Logger log = LoggerFactory.getLogger(LaporanGeraiPrasi.class);

  private final ObjectProvider<IsianLaporanGerai> penyumbang;

  LaporanGeraiPrasi(ObjectProvider<IsianLaporanGerai> penyumbang) {
    this.penyumbang = penyumbang;
  }

  LaporanGeraiAngka isian(long geraiId, Periode periode) {
    return penyumbang
        .orderedStream()
        .map(s -> aman(s, geraiId, periode))
        .reduce(LaporanGeraiAngka.NOL, LaporanGeraiAngka::tambah);
  }

  private static LaporanGeraiAngka aman(IsianLaporanGerai s, long geraiId, Periode periode) {
    try {
      return s.isian(geraiId, periode);
    } catch (RuntimeException e) {
      log.warn(
          "Pre-fill from {} failed for gerai {} {}", s.getClass().getName(), geraiId, periode, e);
      return LaporanGeraiAngka.NOL;
    }
  }
}

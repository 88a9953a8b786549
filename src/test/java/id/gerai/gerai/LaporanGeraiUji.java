package id.gerai.gerai;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For report tests: a clock the test can move (the report workflow reads today from it) and a
 * pre-fill contributor whose counts a test sets per gerai, standing in for activities and cases.
 */
@TestConfiguration(proxyBeanMethods = false)
class LaporanGeraiUji {

  /** The day the clock shows unless a test moves it: period 2026-10 is due by 2026-11-10. */
  static final LocalDate HARI_BIASA = LocalDate.of(2026, 11, 5);

  @Bean
  Jam jamUji() {
    return new Jam();
  }

  @Bean
  Penyumbang penyumbangUji() {
    return new Penyumbang();
  }

  /** A clock set to a day (10:00 in Jakarta). */
  static class Jam extends Clock {
    private volatile Instant sekarang = pada(HARI_BIASA);

    void atur(LocalDate hari) {
      sekarang = pada(hari);
    }

    void kembalikan() {
      atur(HARI_BIASA);
    }

    private static Instant pada(LocalDate hari) {
      return hari.atTime(3, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Jakarta");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return sekarang;
    }
  }

  /** Counts a test recorded for a gerai, as another module would report them. */
  static class Penyumbang implements IsianLaporanGerai {
    final Map<Long, LaporanGeraiAngka> angka = new ConcurrentHashMap<>();

    @Override
    public LaporanGeraiAngka isian(long geraiId, Periode periode) {
      return angka.getOrDefault(geraiId, LaporanGeraiAngka.NOL);
    }
  }
}

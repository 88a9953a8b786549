package id.gerai.konsultasi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests can move forward, so deadlines pass without waiting. */
public class JamUji extends Clock {

  private volatile Instant kini = Instant.now();

  public void geser(Duration d) {
    kini = kini.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return kini;
  }

  /** Every test of this module imports this, so they share one application context. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    @Primary
    JamUji jamUji() {
      return new JamUji();
    }
  }
}

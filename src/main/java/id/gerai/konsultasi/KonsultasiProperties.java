package id.gerai.konsultasi;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gerai.konsultasi.*}: the response and resolution targets per urgency, e.g. {@code
 * gerai.konsultasi.target.TINGGI.tanggapan=1d}. An urgency not configured keeps its default (high:
 * answer in 1 day, solve in 7; medium: 3 and 14; low: 7 and 30).
 */
@ConfigurationProperties("gerai.konsultasi")
public record KonsultasiProperties(Map<Urgensi, Target> target) {

  /** How long until the first answer is due, and until the case should be solved. */
  public record Target(Duration tanggapan, Duration penyelesaian) {}

  private static final Map<Urgensi, Target> BAWAAN =
      Map.of(
          Urgensi.TINGGI, new Target(Duration.ofDays(1), Duration.ofDays(7)),
          Urgensi.SEDANG, new Target(Duration.ofDays(3), Duration.ofDays(14)),
          Urgensi.RENDAH, new Target(Duration.ofDays(7), Duration.ofDays(30)));

  public KonsultasiProperties {
    Map<Urgensi, Target> lengkap = new EnumMap<>(BAWAAN);
    if (target != null) {
      target.forEach((u, t) -> lengkap.put(u, lengkapi(t, BAWAAN.get(u))));
    }
    target = Map.copyOf(lengkap);
  }

  public Target untuk(Urgensi urgensi) {
    return target.get(urgensi);
  }

  private static Target lengkapi(Target t, Target bawaan) {
    return new Target(
        t.tanggapan() == null ? bawaan.tanggapan() : t.tanggapan(),
        t.penyelesaian() == null ? bawaan.penyelesaian() : t.penyelesaian());
  }
}

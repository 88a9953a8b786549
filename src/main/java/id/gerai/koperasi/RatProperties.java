package id.gerai.koperasi;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.koperasi.rat.*}: the month of the year after the fiscal year by whose end a primary
 * (3, March) and a secondary (6, June) cooperative must hold their RAT (DOMAIN.md 3: configuration,
 * not law in code), and the time zone whose calendar decides what day it is today.
 */
@ConfigurationProperties("gerai.koperasi.rat")
public record RatProperties(
    @DefaultValue("3") int bulanBatasPrimer,
    @DefaultValue("6") int bulanBatasSekunder,
    @DefaultValue("Asia/Jakarta") String zonaWaktu) {

  public KepatuhanRat aturan() {
    return new KepatuhanRat(bulanBatasPrimer, bulanBatasSekunder);
  }

  LocalDate hariIni() {
    return LocalDate.now(ZoneId.of(zonaWaktu));
  }
}

package id.gerai.umkm;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.umkm.legalitas.*}: how many days ahead a permit counts as expiring soon (and the
 * default of the expiring list), the longest look-ahead a caller may ask for, and the time zone
 * whose calendar decides what day it is today.
 */
@ConfigurationProperties("gerai.umkm.legalitas")
public record LegalitasProperties(
    @DefaultValue("90") int hariPeringatan,
    @DefaultValue("3650") int hariMaks,
    @DefaultValue("Asia/Jakarta") String zonaWaktu) {

  LocalDate hariIni() {
    return LocalDate.now(ZoneId.of(zonaWaktu));
  }
}

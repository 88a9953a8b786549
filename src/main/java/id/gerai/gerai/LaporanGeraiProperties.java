package id.gerai.gerai;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.gerai.laporan.*}: how many months a reporting period spans (a divisor of 12, monthly
 * by default), how many days after a period ends its report is still on time (and editable), and
 * the time zone whose calendar decides both.
 */
@ConfigurationProperties("gerai.gerai.laporan")
public record LaporanGeraiProperties(
    @DefaultValue("1") int bulanPerPeriode,
    @DefaultValue("10") int hariTenggat,
    @DefaultValue("Asia/Jakarta") String zonaWaktu) {

  public LaporanGeraiProperties {
    if (bulanPerPeriode < 1 || 12 % bulanPerPeriode != 0) {
      throw new IllegalArgumentException(
          "gerai.gerai.laporan.bulan-per-periode must divide 12: " + bulanPerPeriode);
    }
    if (hariTenggat < 0) {
      throw new IllegalArgumentException("gerai.gerai.laporan.hari-tenggat must be >= 0");
    }
  }

  ZoneId zona() {
    return ZoneId.of(zonaWaktu);
  }

  Periode periode(String kode) {
    return Periode.dari(kode, bulanPerPeriode);
  }
}

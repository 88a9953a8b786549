package id.gerai.kegiatan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant of a festival: its business, decision, whether it is binaan on the festival's first day,
 * its booth, and its sales per day.
 */
public record TenantRingkas(
    long id,
    long usahaId,
    String namaUsaha,
    TenantStatus status,
    boolean binaan,
    Long stanId,
    String stan,
    List<PenjualanRingkas> penjualan) {

  public BigDecimal totalPenjualan() {
    return penjualan.stream().map(PenjualanRingkas::nilai).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

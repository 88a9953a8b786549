package id.gerai.koperasi;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cooperative's financial statements for one fiscal year: the figures by name ({@code total_aset}
 * → amount; a blank figure is null), and who recorded and who verified them. Entered by a
 * cooperative officer they stay unverified until Dinkop staff verify them.
 */
public record LaporanKeuangan(
    long koperasiId,
    int tahun,
    Map<String, BigDecimal> angka,
    StatusVerifikasi statusVerifikasi,
    String dicatatOleh,
    OffsetDateTime dicatatPada,
    String diverifikasiOleh,
    OffsetDateTime diverifikasiPada,
    int versi) {

  public enum StatusVerifikasi {
    BELUM,
    TERVERIFIKASI
  }

  public BigDecimal angka(LaporanKeuanganPos pos) {
    return angka.get(pos.kode());
  }

  public boolean terverifikasi() {
    return statusVerifikasi == StatusVerifikasi.TERVERIFIKASI;
  }

  /** Every figure in form order, blanks included (as null). */
  public static Map<String, BigDecimal> kosong() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      m.put(p.kode(), null);
    }
    return m;
  }
}

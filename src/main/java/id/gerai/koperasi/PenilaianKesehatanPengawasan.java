package id.gerai.koperasi;

import java.math.BigDecimal;

/**
 * A row of the supervision list: a cooperative whose latest statements score Dalam Pengawasan or
 * Dalam Pengawasan Khusus, cannot be scored, or that has no statements at all.
 */
public record PenilaianKesehatanPengawasan(
    long koperasiId,
    String nama,
    String kodeWilayah,
    String kelompok,
    Integer tahun,
    Alasan alasan,
    BigDecimal total,
    boolean terverifikasi) {

  /** Why the cooperative is on the list, worst first. */
  public enum Alasan {
    DALAM_PENGAWASAN_KHUSUS,
    DALAM_PENGAWASAN,
    TIDAK_LENGKAP,
    TANPA_LAPORAN
  }
}

package id.gerai.konsultasi;

/**
 * The case list's filters: status, category, only overdue ones, the business (id), the cooperative
 * (id), and the page (from 0).
 */
public record SaringanKonsultasi(
    StatusKonsultasi status,
    KategoriMasalah kategori,
    Boolean terlambat,
    Long usaha,
    Integer halaman,
    Integer ukuran,
    Long koperasi) {

  public SaringanKonsultasi(
      StatusKonsultasi status,
      KategoriMasalah kategori,
      Boolean terlambat,
      Long usaha,
      Integer halaman,
      Integer ukuran) {
    this(status, kategori, terlambat, usaha, halaman, ukuran, null);
  }

  public static SaringanKonsultasi semua() {
    return new SaringanKonsultasi(null, null, null, null, null, null, null);
  }

  /** The cases of one cooperative. */
  public static SaringanKonsultasi koperasi(long koperasiId, Integer halaman) {
    return new SaringanKonsultasi(null, null, null, null, halaman, null, koperasiId);
  }
}

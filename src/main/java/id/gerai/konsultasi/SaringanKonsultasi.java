package id.gerai.konsultasi;

/**
 * The case list's filters: status, category, only overdue ones, the business (id), and the page
 * (from 0).
 */
public record SaringanKonsultasi(
    StatusKonsultasi status,
    KategoriMasalah kategori,
    Boolean terlambat,
    Long usaha,
    Integer halaman,
    Integer ukuran) {

  public static SaringanKonsultasi semua() {
    return new SaringanKonsultasi(null, null, null, null, null, null);
  }
}

package id.gerai.konsultasi;

/** What a problem is about; the needs signal counts cases by these. */
public enum KategoriMasalah {
  MODAL,
  PEMASARAN,
  PERIZINAN,
  PRODUKSI,
  SDM,
  TEKNOLOGI,
  BAHAN_BAKU,
  PEMBUKUAN,
  LAINNYA
}

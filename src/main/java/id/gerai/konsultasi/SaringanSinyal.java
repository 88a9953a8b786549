package id.gerai.konsultasi;

/**
 * The needs signal's question: counts per month and category, grouped by kecamatan, kelurahan or
 * gerai ({@code kelompok}), narrowed to a kecamatan, kelurahan, gerai, category and a period of
 * months ({@code dari}, {@code sampai} as YYYY-MM, both included).
 */
public record SaringanSinyal(
    String kecamatan,
    String kelurahan,
    Long gerai,
    KategoriMasalah kategori,
    String dari,
    String sampai,
    Kelompok kelompok) {

  public enum Kelompok {
    KECAMATAN,
    KELURAHAN,
    GERAI
  }

  public SaringanSinyal {
    kelompok = kelompok == null ? Kelompok.KECAMATAN : kelompok;
  }

  public static SaringanSinyal semua() {
    return new SaringanSinyal(null, null, null, null, null, null, null);
  }
}

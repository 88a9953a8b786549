package id.gerai.umkm;

/**
 * The register's list filters: text (business, product or owner name), kecamatan, kelurahan, gerai,
 * KBLI prefix (2 to 5 digits), verification, status, the latest size class by sales, binaan or not,
 * a permit held or missing, the ladder rung reached ({@link TanggaJenjang} name, or {@code BELUM}
 * for none; see {@link TanggaSaringan}), sort ({@code nama} or {@code terbaru}) and the page (from
 * 0).
 */
public record UmkmSaringan(
    String q,
    String kecamatan,
    String kelurahan,
    Long gerai,
    String kbli,
    VerifikasiStatus verifikasi,
    UsahaStatus status,
    KelasUsaha kelas,
    Boolean binaan,
    LegalitasJenis punyaIzin,
    LegalitasJenis tanpaIzin,
    String tangga,
    String urut,
    Integer halaman,
    Integer ukuran) {

  /** The rung filter value for businesses that have not reached the first rung. */
  public static final String TANGGA_BELUM = TanggaSaringan.BELUM;

  public static UmkmSaringan semua() {
    return new UmkmSaringan(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}

package id.gerai.umkm;

import id.gerai.shared.Halaman;

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

  /**
   * A list's total is counted exactly up to this many matches (or up to the page asked for, when
   * deeper); beyond it the total reads one more than the cap, meaning more than that.
   */
  public static final int BATAS_HITUNG = 1000;

  /** Whether a page's total is capped: more businesses match than were counted. */
  public static boolean terbatas(Halaman<?> hal) {
    return hal.total() > Math.max(BATAS_HITUNG, (long) (hal.nomor() + 1) * hal.ukuran());
  }

  public static UmkmSaringan semua() {
    return new UmkmSaringan(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** No filter: the first page of the given size, for other modules listing a caller's own. */
  public static UmkmSaringan semua(int ukuran) {
    return new UmkmSaringan(
        null, null, null, null, null, null, null, null, null, null, null, null, null, 0, ukuran);
  }
}

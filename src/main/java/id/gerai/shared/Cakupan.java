package id.gerai.shared;

import java.util.Map;

/**
 * What a caller may see: an area (by Kemendagri code prefix), one gerai, only their own records, or
 * nothing. Every query that returns people's or businesses' data turns this into SQL through {@link
 * #syarat}, so scope is enforced by the database and never by filtering in memory.
 */
public record Cakupan(Jenis jenis, String kodeWilayah, Long geraiId, Long akunId)
    implements java.io.Serializable {

  public enum Jenis {
    WILAYAH,
    GERAI,
    MILIK_SENDIRI,
    TIDAK_ADA
  }

  public static final Cakupan TIDAK_ADA = new Cakupan(Jenis.TIDAK_ADA, null, null, null);

  public static Cakupan wilayah(String kodeWilayah) {
    return new Cakupan(Jenis.WILAYAH, kodeWilayah, null, null);
  }

  /** A gerai scope also keeps the gerai's own area code, for records that only carry an area. */
  public static Cakupan gerai(long geraiId, String kodeWilayahGerai) {
    return new Cakupan(Jenis.GERAI, kodeWilayahGerai, geraiId, null);
  }

  public static Cakupan milikSendiri(long akunId) {
    return new Cakupan(Jenis.MILIK_SENDIRI, null, null, akunId);
  }

  /**
   * The SQL condition for a table. Pass {@code null} for a column the table does not have: a scope
   * that needs it then matches nothing.
   */
  public SyaratSql syarat(String kolomWilayah, String kolomGerai, String kolomPemilik) {
    return switch (jenis) {
      case WILAYAH -> prefiks(kolomWilayah, kodeWilayah);
      case GERAI -> kolomGerai == null ? SyaratSql.TIDAK_ADA : sama(kolomGerai, geraiId);
      case MILIK_SENDIRI -> kolomPemilik == null ? SyaratSql.TIDAK_ADA : sama(kolomPemilik, akunId);
      case TIDAK_ADA -> SyaratSql.TIDAK_ADA;
    };
  }

  /** Whether an area code lies inside an area scope (for checks before a write). */
  public boolean mencakupWilayah(String kode) {
    return jenis == Jenis.WILAYAH
        && kode != null
        && (kode.equals(kodeWilayah) || kode.startsWith(kodeWilayah + "."));
  }

  private static SyaratSql prefiks(String kolom, String kode) {
    if (kolom == null) {
      return SyaratSql.TIDAK_ADA;
    }
    return new SyaratSql(
        "(" + kolom + " = :cakupanKode OR " + kolom + " LIKE :cakupanPrefiks)",
        Map.of("cakupanKode", kode, "cakupanPrefiks", kode + ".%"));
  }

  private static SyaratSql sama(String kolom, Object nilai) {
    return new SyaratSql(kolom + " = :cakupanId", Map.of("cakupanId", nilai));
  }
}

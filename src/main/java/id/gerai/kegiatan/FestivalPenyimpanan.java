package id.gerai.kegiatan;

import id.gerai.umkm.UmkmSingkatService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booths, tenants and sales in SQL. Whether a tenant is binaan comes from the umkm enrolments on
 * the festival's first day ({@link UmkmSingkatService#binaanPada}), for counts and list alike.
 */
@Component
class FestivalPenyimpanan {

  private final JdbcClient jdbc;
  private final UmkmSingkatService umkm;

  FestivalPenyimpanan(JdbcClient jdbc, UmkmSingkatService umkm) {
    this.jdbc = jdbc;
    this.umkm = umkm;
  }

  RingkasanFestival ringkasan(long kegiatanId, LocalDate hari) {
    return jdbc.sql(
            "SELECT (SELECT COUNT(*) FROM tenant t WHERE t.kegiatan_id = :k"
                + " AND t.status = 'DITERIMA') AS tenant,"
                + " (SELECT COUNT(*) FROM tenant t WHERE t.kegiatan_id = :k"
                + " AND t.status = 'DIAJUKAN') AS diajukan,"
                + " (SELECT COUNT(*) FROM stan s WHERE s.kegiatan_id = :k) AS stan,"
                + " (SELECT COUNT(*) FROM tenant t WHERE t.kegiatan_id = :k"
                + " AND t.stan_id IS NOT NULL) AS terisi,"
                + " (SELECT COALESCE(SUM(j.nilai), 0) FROM penjualan_tenant j"
                + " JOIN tenant t ON t.id = j.tenant_id WHERE t.kegiatan_id = :k) AS penjualan")
        .param("k", kegiatanId)
        .query(
            (rs, i) ->
                new RingkasanFestival(
                    rs.getLong("tenant"),
                    binaanDiterima(kegiatanId, hari),
                    rs.getLong("diajukan"),
                    rs.getLong("stan"),
                    rs.getLong("terisi"),
                    rs.getBigDecimal("penjualan")))
        .single();
  }

  /** Tenants, accepted first, by name; each with its booth, binaan state and sales. */
  List<TenantRingkas> tenant(long kegiatanId, LocalDate hari) {
    Map<Long, List<PenjualanRingkas>> penjualan = penjualan(kegiatanId);
    Set<Long> binaan = umkm.binaanPada(usahaTenant(kegiatanId, false), hari);
    return jdbc.sql(
            "SELECT t.id, t.usaha_id, t.nama_usaha, t.status, t.stan_id, s.kode AS stan"
                + " FROM tenant t LEFT JOIN stan s ON s.id = t.stan_id WHERE t.kegiatan_id = :k"
                + " ORDER BY CASE t.status WHEN 'DITERIMA' THEN 0 WHEN 'DIAJUKAN' THEN 1 ELSE 2"
                + " END, LOWER(t.nama_usaha), t.id")
        .param("k", kegiatanId)
        .query(
            (rs, i) ->
                new TenantRingkas(
                    rs.getLong("id"),
                    rs.getLong("usaha_id"),
                    rs.getString("nama_usaha"),
                    TenantStatus.valueOf(rs.getString("status")),
                    binaan.contains(rs.getLong("usaha_id")),
                    KegiatanPencarian.panjangAtauNull(rs, "stan_id"),
                    rs.getString("stan"),
                    penjualan.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  private Map<Long, List<PenjualanRingkas>> penjualan(long kegiatanId) {
    Map<Long, List<PenjualanRingkas>> hasil = new HashMap<>();
    jdbc.sql(
            "SELECT j.* FROM penjualan_tenant j JOIN tenant t ON t.id = j.tenant_id"
                + " WHERE t.kegiatan_id = :k ORDER BY j.tanggal, j.id")
        .param("k", kegiatanId)
        .query(
            (ResultSet rs) -> {
              hasil
                  .computeIfAbsent(rs.getLong("tenant_id"), x -> new ArrayList<>())
                  .add(penjualanRingkas(rs));
            });
    return hasil;
  }

  static PenjualanRingkas penjualanRingkas(ResultSet rs) throws SQLException {
    return new PenjualanRingkas(
        rs.getLong("id"),
        rs.getObject("tanggal", LocalDate.class),
        rs.getBigDecimal("nilai"),
        KegiatanPencarian.panjangAtauNull(rs, "tonggak_id"));
  }

  List<StanRingkas> stan(long kegiatanId) {
    return jdbc.sql(
            "SELECT s.id, s.kode, s.keterangan, t.id AS tenant_id FROM stan s"
                + " LEFT JOIN tenant t ON t.stan_id = s.id WHERE s.kegiatan_id = :k"
                + " ORDER BY s.kode, s.id")
        .param("k", kegiatanId)
        .query(
            (rs, i) ->
                new StanRingkas(
                    rs.getLong("id"),
                    rs.getString("kode"),
                    rs.getString("keterangan"),
                    KegiatanPencarian.panjangAtauNull(rs, "tenant_id")))
        .list();
  }

  boolean binaan(long usahaId, LocalDate hari) {
    return umkm.binaanPada(List.of(usahaId), hari).contains(usahaId);
  }

  private long binaanDiterima(long kegiatanId, LocalDate hari) {
    return umkm.binaanPada(usahaTenant(kegiatanId, true), hari).size();
  }

  /** The businesses of a festival's tenants: all, or only the accepted ones. */
  private List<Long> usahaTenant(long kegiatanId, boolean hanyaDiterima) {
    return jdbc.sql(
            "SELECT t.usaha_id FROM tenant t WHERE t.kegiatan_id = :k"
                + (hanyaDiterima ? " AND t.status = 'DITERIMA'" : ""))
        .param("k", kegiatanId)
        .query(Long.class)
        .list();
  }

  /** Accepted tenants, and how many of them are not binaan on the day. */
  long[] diterima(long kegiatanId, LocalDate hari) {
    RingkasanFestival r = ringkasan(kegiatanId, hari);
    return new long[] {r.tenant(), r.tenant() - r.binaan()};
  }
}

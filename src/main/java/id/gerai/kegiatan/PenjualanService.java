package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.TonggakBaru;
import id.gerai.umkm.TonggakJenis;
import id.gerai.umkm.TonggakService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A festival tenant's sales per day (one figure a day, within the festival's days), and turning a
 * day's sales into a milestone of the business attributed to the festival, once.
 */
@Service
@Transactional
public class PenjualanService {

  private static final BigDecimal BATAS = new BigDecimal("10000000000000000");

  private final FestivalService festival;
  private final FestivalPenyimpanan simpanan;
  private final TonggakService tonggak;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PenjualanService(
      FestivalService festival,
      FestivalPenyimpanan simpanan,
      TonggakService tonggak,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.festival = festival;
    this.simpanan = simpanan;
    this.tonggak = tonggak;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Records an accepted tenant's sales on a festival day (one figure per day). */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long catatPenjualan(
      long kegiatanId, long tenantId, LocalDate tanggal, BigDecimal nilai, Cakupan cakupan) {
    KegiatanDetail d = festival.festival(kegiatanId, cakupan);
    TenantRingkas t = festival.muatTenant(kegiatanId, tenantId, FestivalService.hari(d));
    if (t.status() != TenantStatus.DITERIMA) {
      throw new MasukanTidakSah("kegiatan.tenant.belum-diterima", t.namaUsaha());
    }
    if (tanggal == null
        || tanggal.isBefore(d.mulai().toLocalDate())
        || tanggal.isAfter(d.selesai().toLocalDate())) {
      throw new MasukanTidakSah("kegiatan.penjualan.tanggal");
    }
    if (nilai == null
        || nilai.signum() < 0
        || nilai.stripTrailingZeros().scale() > 2
        || nilai.compareTo(BATAS) >= 0) {
      throw new MasukanTidakSah("kegiatan.penjualan.nilai");
    }
    try {
      GeneratedKeyHolder kunci = new GeneratedKeyHolder();
      jdbc.sql(
              "INSERT INTO penjualan_tenant (tenant_id, tanggal, nilai, dicatat_oleh, dicatat_pada)"
                  + " VALUES (:t, :tgl, :nilai, :oleh, :pada)")
          .params(
              Map.of(
                  "t", tenantId,
                  "tgl", tanggal,
                  "nilai", nilai,
                  "oleh", KegiatanPeran.nama(),
                  "pada", KegiatanWaktu.param(Instant.now())))
          .update(kunci, "id");
      long id = kunci.getKey().longValue();
      events.publishEvent(
          Jejak.dibuat(
              "penjualan_tenant",
              id,
              Map.of("tenant", tenantId, "tanggal", tanggal.toString(), "nilai", nilai)));
      return id;
    } catch (DuplicateKeyException e) {
      throw new MasukanTidakSah("kegiatan.penjualan.ganda", tanggal);
    }
  }

  /**
   * Makes a day's sales a milestone (sales change) of the business, attributed to the festival;
   * returns the milestone's id. Once only per day's figure.
   */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long jadikanTonggak(long kegiatanId, long penjualanId, Cakupan cakupan) {
    KegiatanDetail d = festival.festival(kegiatanId, cakupan);
    TenantRingkas t =
        simpanan.tenant(kegiatanId, FestivalService.hari(d)).stream()
            .filter(x -> x.penjualan().stream().anyMatch(p -> p.id() == penjualanId))
            .findFirst()
            .orElseThrow(
                () -> new TidakDitemukan("kegiatan.penjualan.tidak-ditemukan", penjualanId));
    PenjualanRingkas p =
        t.penjualan().stream().filter(x -> x.id() == penjualanId).findFirst().orElseThrow();
    if (p.tonggakId() != null) {
      throw new MasukanTidakSah("kegiatan.penjualan.sudah-tonggak");
    }
    String atribusi = ("Kegiatan " + d.id() + ": " + d.judul());
    atribusi = atribusi.length() > 200 ? atribusi.substring(0, 200) : atribusi;
    long tonggakId =
        tonggak.catat(
            t.usahaId(),
            new TonggakBaru(
                TonggakJenis.PERUBAHAN_OMZET,
                p.tanggal(),
                ("Penjualan di " + d.judul()).substring(0, Math.min(500, 13 + d.judul().length())),
                p.nilai(),
                atribusi),
            cakupan,
            KegiatanPeran.nama());
    jdbc.sql("UPDATE penjualan_tenant SET tonggak_id = :t WHERE id = :id")
        .param("t", tonggakId)
        .param("id", penjualanId)
        .update();
    events.publishEvent(
        Jejak.diubah("penjualan_tenant", penjualanId, null, Map.of("tonggak", tonggakId)));
    return tonggakId;
  }
}

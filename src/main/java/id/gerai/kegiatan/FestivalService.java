package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.TonggakService;
import id.gerai.umkm.UmkmService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Festivals and bazaars: the booth list, tenant applications and their acceptance within the
 * capacity (booths) of which {@code kuotaBinaan} places are kept for binaan businesses, booth
 * allocation ({@link PenjualanService} keeps each tenant's sales). Counts are queries, never kept
 * totals.
 */
@Service
@Transactional
public class FestivalService {

  static final String JEJAK_TENANT = "tenant";

  private final KegiatanService kegiatan;
  private final FestivalPenyimpanan simpanan;
  private final UmkmService umkm;
  private final TonggakService tonggak;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  FestivalService(
      KegiatanService kegiatan,
      FestivalPenyimpanan simpanan,
      UmkmService umkm,
      TonggakService tonggak,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.kegiatan = kegiatan;
    this.simpanan = simpanan;
    this.umkm = umkm;
    this.tonggak = tonggak;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public RingkasanFestival ringkasan(long kegiatanId, Cakupan cakupan) {
    return simpanan.ringkasan(kegiatanId, hari(festival(kegiatanId, cakupan)));
  }

  @Transactional(readOnly = true)
  public List<TenantRingkas> tenant(long kegiatanId, Cakupan cakupan) {
    return simpanan.tenant(kegiatanId, hari(festival(kegiatanId, cakupan)));
  }

  @Transactional(readOnly = true)
  public List<StanRingkas> stan(long kegiatanId, Cakupan cakupan) {
    festival(kegiatanId, cakupan);
    return simpanan.stan(kegiatanId);
  }

  /** Adds a booth to the list; a code used twice is refused. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long tambahStan(long kegiatanId, String kode, String keterangan, Cakupan cakupan) {
    festival(kegiatanId, cakupan);
    String k = KegiatanPeriksa.wajib(kode, 20, "kegiatan.stan.kode");
    String ket = KegiatanPeriksa.opsional(keterangan, 200, "kegiatan.stan.keterangan");
    try {
      long id =
          sisip(
              "INSERT INTO stan (kegiatan_id, kode, keterangan) VALUES (:k, :kode, :ket)",
              Map.of("k", kegiatanId, "kode", k, "ket", ket == null ? "" : ket));
      events.publishEvent(Jejak.dibuat("stan", id, Map.of("kegiatan", kegiatanId, "kode", k)));
      return id;
    } catch (DuplicateKeyException e) {
      throw new MasukanTidakSah("kegiatan.stan.kode.ganda", k);
    }
  }

  /** A business applies as tenant (entered by staff or a gerai officer); returns the id. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long ajukan(long kegiatanId, long usahaId, Cakupan cakupan) {
    festival(kegiatanId, cakupan);
    umkm.pastikanTerjangkau(usahaId, cakupan);
    String nama = tonggak.namaUsaha(usahaId, cakupan);
    try {
      long id =
          sisip(
              "INSERT INTO tenant (kegiatan_id, usaha_id, nama_usaha, status, diajukan_oleh,"
                  + " diajukan_pada, versi) VALUES (:k, :u, :nama, 'DIAJUKAN', :oleh, :pada, 0)",
              Map.of(
                  "k", kegiatanId,
                  "u", usahaId,
                  "nama", nama,
                  "oleh", KegiatanPeran.nama(),
                  "pada", KegiatanWaktu.param(Instant.now())));
      events.publishEvent(
          Jejak.dibuat(JEJAK_TENANT, id, Map.of("kegiatan", kegiatanId, "usaha", usahaId)));
      return id;
    } catch (DuplicateKeyException e) {
      throw new MasukanTidakSah("kegiatan.tenant.ganda", nama);
    }
  }

  /**
   * Accepts an application. Refused when every booth place is taken, or when a business that is not
   * binaan would take one of the places kept for binaan businesses.
   */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void terima(long kegiatanId, long tenantId, Cakupan cakupan) {
    KegiatanDetail d = festival(kegiatanId, cakupan);
    kegiatan.kunci(kegiatanId);
    TenantRingkas t = muatTenant(kegiatanId, tenantId, hari(d));
    if (t.status() == TenantStatus.DITERIMA) {
      return;
    }
    long[] diterima = simpanan.diterima(kegiatanId, hari(d));
    if (d.kapasitas() != null) {
      if (diterima[0] >= d.kapasitas()) {
        throw new MasukanTidakSah("kegiatan.tenant.penuh", d.kapasitas());
      }
      int kuota = d.kuotaBinaan() == null ? 0 : d.kuotaBinaan();
      if (!t.binaan() && diterima[1] >= d.kapasitas() - kuota) {
        throw new MasukanTidakSah("kegiatan.tenant.kuota-binaan", kuota);
      }
    }
    ubahStatus(t, TenantStatus.DITERIMA);
  }

  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void tolak(long kegiatanId, long tenantId, Cakupan cakupan) {
    KegiatanDetail d = festival(kegiatanId, cakupan);
    TenantRingkas t = muatTenant(kegiatanId, tenantId, hari(d));
    jdbc.sql("UPDATE tenant SET stan_id = NULL WHERE id = :id").param("id", tenantId).update();
    ubahStatus(t, TenantStatus.DITOLAK);
  }

  /** Puts an accepted tenant in a booth of the same festival (a taken booth is refused). */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void tempatkan(long kegiatanId, long tenantId, long stanId, Cakupan cakupan) {
    KegiatanDetail d = festival(kegiatanId, cakupan);
    TenantRingkas t = muatTenant(kegiatanId, tenantId, hari(d));
    if (t.status() != TenantStatus.DITERIMA) {
      throw new MasukanTidakSah("kegiatan.tenant.belum-diterima", t.namaUsaha());
    }
    StanRingkas s =
        simpanan.stan(kegiatanId).stream()
            .filter(x -> x.id() == stanId)
            .findFirst()
            .orElseThrow(() -> new TidakDitemukan("kegiatan.stan.tidak-ditemukan", stanId));
    if (s.tenantId() != null && s.tenantId() != tenantId) {
      throw new MasukanTidakSah("kegiatan.stan.terisi", s.kode());
    }
    jdbc.sql("UPDATE tenant SET stan_id = :s, versi = versi + 1 WHERE id = :id")
        .param("s", stanId)
        .param("id", tenantId)
        .update();
    events.publishEvent(
        Jejak.diubah(
            JEJAK_TENANT,
            tenantId,
            Map.of("stan", String.valueOf(t.stan())),
            Map.of("stan", s.kode())));
  }

  private void ubahStatus(TenantRingkas t, TenantStatus status) {
    jdbc.sql(
            "UPDATE tenant SET status = :s, diputuskan_oleh = :oleh, versi = versi + 1"
                + " WHERE id = :id")
        .param("s", status.name())
        .param("oleh", KegiatanPeran.nama())
        .param("id", t.id())
        .update();
    events.publishEvent(
        Jejak.diubah(
            JEJAK_TENANT,
            t.id(),
            Map.of("status", t.status().name()),
            Map.of("status", status.name())));
  }

  TenantRingkas muatTenant(long kegiatanId, long tenantId, LocalDate hari) {
    return simpanan.tenant(kegiatanId, hari).stream()
        .filter(x -> x.id() == tenantId)
        .findFirst()
        .orElseThrow(() -> new TidakDitemukan("kegiatan.tenant.tidak-ditemukan", tenantId));
  }

  KegiatanDetail festival(long kegiatanId, Cakupan cakupan) {
    KegiatanDetail d = kegiatan.ambil(kegiatanId, cakupan);
    if (!d.jenis().bertenant()) {
      throw new MasukanTidakSah("kegiatan.festival.bukan");
    }
    return d;
  }

  static LocalDate hari(KegiatanDetail d) {
    return d.mulai().toLocalDate();
  }

  private long sisip(String sql, Map<String, ?> params) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.UmkmService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities: create and edit (Dinkop staff and gerai officers, inside their scope), read one, list
 * and calendar in scope, the activities of a business, and the counts a gerai's periodic report
 * asks for. An activity outside the caller's scope is not found. Every change leaves a trail.
 */
@Service
@Transactional(readOnly = true)
public class KegiatanService {

  private final KegiatanRepository repo;
  private final KegiatanPencarian pencarian;
  private final KegiatanPeriksa periksa;
  private final KegiatanHitungan hitungan;
  private final UmkmService umkm;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  KegiatanService(
      KegiatanRepository repo,
      KegiatanPencarian pencarian,
      KegiatanPeriksa periksa,
      KegiatanHitungan hitungan,
      UmkmService umkm,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.periksa = periksa;
    this.hitungan = hitungan;
    this.umkm = umkm;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Creates an activity; returns its id. */
  @Transactional
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public long buat(DataKegiatan data, Cakupan cakupan) {
    KegiatanPeriksa.Hasil h = periksa.periksa(data, cakupan);
    Kegiatan k =
        repo.save(Kegiatan.buat(h.data(), h.tempat(), KegiatanPeran.nama(), Instant.now()));
    events.publishEvent(Jejak.dibuat(Kegiatan.JENIS_JEJAK, k.id(), k.rekaman()));
    return k.id();
  }

  /** Edits an activity as last read at {@code data.versi()} (a null version skips the check). */
  @Transactional
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void ubah(long id, DataKegiatan data, Cakupan cakupan) {
    Kegiatan k = muat(id, cakupan);
    if (data.versi() != null && data.versi() != k.versi()) {
      throw new MasukanTidakSah("kegiatan.versi-usang");
    }
    KegiatanPeriksa.Hasil h = periksa.periksa(data, cakupan);
    Kegiatan.Rekaman sebelum = k.rekaman();
    k.ubah(h.data(), h.tempat());
    repo.save(k);
    events.publishEvent(Jejak.diubah(Kegiatan.JENIS_JEJAK, id, sebelum, k.rekaman()));
  }

  public KegiatanDetail ambil(long id, Cakupan cakupan) {
    return pencarian.detail(id, cakupan).orElseThrow(() -> tidakDitemukan(id));
  }

  /** One page of the activities in scope, by start time. */
  public Halaman<KegiatanRingkas> cari(SaringKegiatan saring, Cakupan cakupan) {
    return pencarian.cari(saring, cakupan);
  }

  /** 404 unless the activity exists inside the scope. */
  public void pastikanTerjangkau(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
  }

  /** The activities a business took part in; not found when the scope does not reach it. */
  public List<KegiatanUsaha> untukUsaha(long usahaId, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    return hitungan.untukUsaha(usahaId);
  }

  /**
   * For the gerai's periodic report: activities held at the gerai that started within {@code
   * dari}..{@code sampai} (inclusive days, office time), meetings among them, participants who
   * attended, and services given at the gerai in the period. The caller (the gerai module) checks
   * who may see the report.
   */
  public HitunganGerai hitungUntukGerai(long geraiId, LocalDate dari, LocalDate sampai) {
    if (dari == null || sampai == null || sampai.isBefore(dari)) {
      throw new MasukanTidakSah("kegiatan.periode.tidak-sah");
    }
    return hitungan.untukGerai(geraiId, dari, sampai);
  }

  /** Locks the activity's row for a change of its places (registration, tenants). */
  void kunci(long id) {
    jdbc.sql("SELECT id FROM kegiatan WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .optional();
  }

  Kegiatan muat(long id, Cakupan cakupan) {
    pastikanTerjangkau(id, cakupan);
    return repo.findById(id).orElseThrow(() -> tidakDitemukan(id));
  }

  static TidakDitemukan tidakDitemukan(long id) {
    return new TidakDitemukan("kegiatan.tidak-ditemukan", String.valueOf(id));
  }
}

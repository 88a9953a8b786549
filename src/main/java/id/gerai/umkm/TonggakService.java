package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones (tonggak) of businesses: record one (verified at once only when a verifying role
 * records it; a business actor's or a mentor's waits), verify one, list a business's, and count the
 * verified ones in scope for reports. A business outside the caller's scope is not found.
 */
@Service
@Transactional
public class TonggakService {

  static final String JENIS = "tonggak";

  private final TonggakRepository repo;
  private final TonggakPencarian pencarian;
  private final BinaanService binaan;
  private final ApplicationEventPublisher events;

  TonggakService(
      TonggakRepository repo,
      TonggakPencarian pencarian,
      BinaanService binaan,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.binaan = binaan;
    this.events = events;
  }

  /** Who may record milestones (a business actor's scope reaches only their own). */
  public static final String PENCATAT =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENDAMPING','PELAKU_USAHA')";

  /** Who may verify milestones. */
  public static final String PEMVERIFIKASI = UmkmPeran.PEMVERIFIKASI;

  /** Records a milestone; returns its id. */
  @PreAuthorize(PENCATAT)
  public long catat(long usahaId, TonggakBaru baru, Cakupan cakupan, String oleh) {
    binaan.namaUsaha(usahaId, cakupan);
    TonggakPeriksa.periksa(baru, BinaanService.hariIni());
    Tonggak t =
        repo.save(Tonggak.catat(usahaId, baru, UmkmPeran.pemverifikasi(), oleh, Instant.now()));
    events.publishEvent(Jejak.dibuat(JENIS, t.id(), t.data()));
    return t.id();
  }

  /** Verifies a milestone; only Dinkop staff and gerai officers may. */
  @PreAuthorize(PEMVERIFIKASI)
  public void verifikasi(long usahaId, long tonggakId, Cakupan cakupan, String oleh) {
    binaan.namaUsaha(usahaId, cakupan);
    Tonggak t =
        repo.findById(tonggakId)
            .filter(x -> x.usahaId() == usahaId)
            .orElseThrow(() -> new TidakDitemukan("umkm.tonggak.tidak-ditemukan", tonggakId));
    Tonggak.TonggakData sebelum = t.data();
    if (t.verifikasi(oleh, Instant.now())) {
      repo.save(t);
      events.publishEvent(Jejak.diubah(JENIS, tonggakId, sebelum, t.data()));
    }
  }

  @Transactional(readOnly = true)
  public List<TonggakRingkas> daftar(long usahaId, Cakupan cakupan) {
    binaan.namaUsaha(usahaId, cakupan);
    return pencarian.daftar(usahaId, cakupan);
  }

  /** The business's name, for pages; not found outside the caller's scope. */
  @Transactional(readOnly = true)
  public String namaUsaha(long usahaId, Cakupan cakupan) {
    return binaan.namaUsaha(usahaId, cakupan);
  }

  /**
   * For reports: verified milestones in scope, of one kind (all when null), dated within {@code
   * dari}..{@code sampai} inclusive (open when null). Unverified ones never count.
   */
  @Transactional(readOnly = true)
  public long jumlahTerverifikasi(
      Cakupan cakupan, TonggakJenis jenis, LocalDate dari, LocalDate sampai) {
    return pencarian.jumlahTerverifikasi(cakupan, jenis, dari, sampai);
  }
}

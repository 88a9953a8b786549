package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.BinaanService;
import id.gerai.umkm.UmkmService;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring sessions, logged on a case the caller may see or on a binaan business their scope
 * reaches (both checked by the register). A session on a business is found through the business, so
 * the business's scope is its scope.
 */
@Service
@Transactional
public class SesiService {

  static final String JENIS = "sesi_pendampingan";
  public static final String PENCATAT = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENDAMPING')";

  private final PenentuPemanggil pemanggil;
  private final SesiRepository repo;
  private final PencarianKonsultasi kasus;
  private final UmkmService umkm;
  private final BinaanService binaan;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SesiService(
      PenentuPemanggil pemanggil,
      SesiRepository repo,
      PencarianKonsultasi kasus,
      UmkmService umkm,
      BinaanService binaan,
      ApplicationEventPublisher events,
      Clock clock) {
    this.pemanggil = pemanggil;
    this.repo = repo;
    this.kasus = kasus;
    this.umkm = umkm;
    this.binaan = binaan;
    this.events = events;
    this.clock = clock;
  }

  @PreAuthorize(PENCATAT)
  public long catatPadaKasus(long konsultasiId, SesiBaru baru, Cakupan cakupan) {
    Pemanggil p = pemanggil.untuk(cakupan);
    if (!kasus.terjangkau(konsultasiId, p)) {
      throw PemuatKonsultasi.tidakDitemukan(konsultasiId);
    }
    return simpan(konsultasiId, null, baru, p);
  }

  @PreAuthorize(PENCATAT)
  public long catatPadaUsaha(long usahaId, SesiBaru baru, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    if (!binaan.binaan(usahaId, cakupan)) {
      throw new MasukanTidakSah("konsultasi.sesi.bukan-binaan", String.valueOf(usahaId));
    }
    return simpan(null, usahaId, baru, pemanggil.untuk(cakupan));
  }

  /** A business's sessions (not on a case), when the caller's scope reaches the business. */
  @Transactional(readOnly = true)
  public List<SesiRingkas> untukUsaha(long usahaId, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    return repo.untukUsaha(usahaId).stream().map(SesiPendampingan::ringkas).toList();
  }

  /** A case's sessions; the caller's right to the case is checked by whoever calls this. */
  List<SesiRingkas> untukKasus(long konsultasiId) {
    return repo.untukKasus(konsultasiId).stream().map(SesiPendampingan::ringkas).toList();
  }

  private long simpan(Long konsultasiId, Long usahaId, SesiBaru baru, Pemanggil p) {
    baru.periksa();
    SesiPendampingan s =
        repo.save(SesiPendampingan.catat(konsultasiId, usahaId, baru, p, clock.instant()));
    events.publishEvent(Jejak.dibuat(JENIS, s.id(), s.ringkas()));
    return s.id();
  }
}

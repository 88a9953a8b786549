package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forum members, joined through a gerai: lists scoped through that gerai, registering and
 * deactivating members, the member count by month, and whether a business actor is a member (for
 * umkm and koperasi pages, which apply their own scope to the person).
 */
@Service
@Transactional
public class AnggotaForumService {

  static final String PENGELOLA =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENGURUS_FORUM')";

  private final AnggotaForumRepository repo;
  private final AnggotaForumPencarian pencarian;
  private final PengurusPencarian gerai;
  private final LaporanGeraiService laporan;
  private final ApplicationEventPublisher events;

  AnggotaForumService(
      AnggotaForumRepository repo,
      AnggotaForumPencarian pencarian,
      PengurusPencarian gerai,
      LaporanGeraiService laporan,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.gerai = gerai;
    this.laporan = laporan;
    this.events = events;
  }

  /** One page of members of the scope, of one gerai when {@code geraiId} is given. */
  @Transactional(readOnly = true)
  public Halaman<AnggotaForumRingkas> cari(
      Long geraiId,
      AnggotaForumStatus status,
      int halaman,
      Integer ukuran,
      Cakupan cakupan,
      boolean teleponUtuh) {
    if (geraiId != null) {
      gerai.gerai(geraiId, cakupan);
    }
    return pencarian.cari(geraiId, status, halaman, ukuran, cakupan, teleponUtuh);
  }

  /** Registers a member at a gerai the caller's scope reaches; returns the member's id. */
  @PreAuthorize(PENGELOLA)
  public long daftarkan(AnggotaForumBaru cmd, Cakupan cakupan, String oleh) {
    PengurusGerai.Identitas g = gerai.gerai(cmd.geraiId(), cakupan);
    if (!"AKTIF".equals(g.status())) {
      throw new GeraiDitolak("geraiId", "anggota.ditolak.gerai-tidak-aktif");
    }
    if (cmd.pelakuUsahaId() != null && anggotaAktif(cmd.pelakuUsahaId())) {
      throw new GeraiDitolak("pelakuUsahaId", "anggota.ditolak.sudah-anggota");
    }
    AnggotaForum a = repo.save(AnggotaForum.daftarkan(cmd, laporan.hariIni(), oleh));
    events.publishEvent(Jejak.dibuat(AnggotaForum.JENIS_JEJAK, a.id(), a.ringkas(g.nama())));
    return a.id();
  }

  /** A member leaves on {@code tanggal} (today when not given). */
  @PreAuthorize(PENGELOLA)
  public void nonaktifkan(long anggotaId, LocalDate tanggal, Cakupan cakupan) {
    pencarian
        .geraiAnggota(anggotaId, cakupan)
        .orElseThrow(() -> new TidakDitemukan("anggota.tidak-ditemukan", anggotaId));
    AnggotaForum a =
        repo.findById(anggotaId)
            .orElseThrow(() -> new TidakDitemukan("anggota.tidak-ditemukan", anggotaId));
    AnggotaForumRingkas sebelum = a.ringkas(null);
    a.nonaktifkan(tanggal == null ? laporan.hariIni() : tanggal);
    repo.save(a);
    events.publishEvent(
        new Jejak(
            "NONAKTIFKAN",
            AnggotaForum.JENIS_JEJAK,
            String.valueOf(anggotaId),
            sebelum,
            a.ringkas(null)));
  }

  /** Active members of a gerai at the end of each of the last {@code bulan} months. */
  @Transactional(readOnly = true)
  public List<AnggotaForumBulanan> jumlahBulanan(long geraiId, int bulan, Cakupan cakupan) {
    gerai.gerai(geraiId, cakupan);
    if (bulan < 1 || bulan > 120) {
      throw new MasukanTidakSah("galat.masukan");
    }
    return pencarian.bulanan(geraiId, YearMonth.from(laporan.hariIni()), bulan);
  }

  /** Whether a business actor (by their umkm id) is an active forum member. */
  @Transactional(readOnly = true)
  public boolean anggotaAktif(long pelakuUsahaId) {
    return pencarian.keanggotaan(pelakuUsahaId).isPresent();
  }

  /** A business actor's active membership: through which gerai, in which role, since when. */
  @Transactional(readOnly = true)
  public Optional<KeanggotaanForum> keanggotaan(long pelakuUsahaId) {
    return pencarian.keanggotaan(pelakuUsahaId);
  }
}

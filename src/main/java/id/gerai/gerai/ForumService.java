package id.gerai.gerai;

import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.wilayah.WilayahService;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum of the home area (FGKS in Semarang): its structure, decrees and officers. The forum is
 * city-wide, so it is not scoped; phone numbers are still masked unless the viewer may see them.
 */
@Service
@Transactional
public class ForumService {

  static final String JENIS = "forum";

  private final ForumRepository repo;
  private final PengurusPencarian pencarian;
  private final SuratKeputusanPencarian daftarSk;
  private final PengurusService pengurus;
  private final SuratKeputusanService suratKeputusan;
  private final WilayahService wilayah;
  private final ApplicationEventPublisher events;

  ForumService(
      ForumRepository repo,
      PengurusPencarian pencarian,
      SuratKeputusanPencarian daftarSk,
      PengurusService pengurus,
      SuratKeputusanService suratKeputusan,
      WilayahService wilayah,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.daftarSk = daftarSk;
    this.pengurus = pengurus;
    this.suratKeputusan = suratKeputusan;
    this.wilayah = wilayah;
    this.events = events;
  }

  /** The forum with its decrees and officers, or empty while the home area has none. */
  @Transactional(readOnly = true)
  public Optional<ForumSusunan> susunan(boolean teleponUtuh) {
    return repo.findByKodeWilayah(wilayah.kodeRumah())
        .map(Forum::ringkas)
        .map(f -> susunan(f, teleponUtuh));
  }

  /** Forms the home area's forum; there is only ever one. */
  public long bentuk(ForumBaru baru) {
    return bentuk(baru, wilayah.kodeRumah(), null);
  }

  public long angkat(PengurusBaru cmd) {
    return pengurus.angkat(null, forumId(), cmd);
  }

  public void lampirkanBerkas(long skId, BerkasUnggahan berkas) {
    suratKeputusan.lampirkan(skId, null, forumId(), berkas);
  }

  public void akhiri(long pengurusId, LocalDate selesai) {
    if (!pencarian.pengurusDiForum(pengurusId, forumId())) {
      throw new TidakDitemukan("pengurus.tidak-ditemukan", pengurusId);
    }
    pengurus.akhiri(pengurusId, selesai);
  }

  /** Forms a forum for an area, with its founding decree when one is given. */
  long bentuk(ForumBaru baru, String kodeWilayah, SuratKeputusanBaru skPendirian) {
    if (baru == null || kosong(baru.nama()) || kosong(baru.singkatan())) {
      throw new MasukanTidakSah("forum.wajib");
    }
    if (repo.findByKodeWilayah(kodeWilayah).isPresent()) {
      throw new MasukanTidakSah("forum.sudah-ada");
    }
    Forum f = repo.save(Forum.bentuk(baru, kodeWilayah));
    events.publishEvent(Jejak.dibuat(JENIS, f.id(), f.ringkas()));
    if (skPendirian != null) {
      suratKeputusan.buat(null, f.id(), skPendirian, null);
    }
    return f.id();
  }

  private ForumSusunan susunan(ForumRingkas forum, boolean teleponUtuh) {
    PengurusSusunan s = pengurus.susun(pencarian.pengurusForum(forum.id()), teleponUtuh);
    return new ForumSusunan(
        forum, daftarSk.suratKeputusanForum(forum.id()), s.sekarang(), s.akanDatang(), s.riwayat());
  }

  private long forumId() {
    return repo.findByKodeWilayah(wilayah.kodeRumah())
        .map(Forum::id)
        .orElseThrow(() -> new TidakDitemukan("forum.belum-ada"));
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}

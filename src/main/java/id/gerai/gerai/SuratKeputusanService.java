package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.BerkasDitolak;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.berkas.GudangBerkas;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decrees (surat keputusan) of a gerai or of the forum, and their PDFs: create one, attach a PDF,
 * hand the PDF to a caller who may read it.
 */
@Service
@Transactional
public class SuratKeputusanService {

  static final String JENIS = "surat_keputusan";

  private final SuratKeputusanRepository repo;
  private final SuratKeputusanPencarian pencarian;
  private final GudangBerkas penyimpanan;
  private final AturanBerkas aturan;
  private final ApplicationEventPublisher events;

  SuratKeputusanService(
      SuratKeputusanRepository repo,
      SuratKeputusanPencarian pencarian,
      GudangBerkas penyimpanan,
      PengurusProperties properties,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.penyimpanan = penyimpanan;
    this.aturan = properties.aturanBerkas();
    this.events = events;
  }

  /** A decree's PDF: a forum decree for any signed-in caller, a gerai's only within scope. */
  @Transactional(readOnly = true)
  public BerkasUnduhan berkas(long skId, Cakupan cakupan) {
    BerkasTersimpan b =
        pencarian
            .berkasSuratKeputusan(skId, cakupan)
            .orElseThrow(() -> new TidakDitemukan("sk.berkas.tidak-ada", skId));
    return penyimpanan.buka(b);
  }

  /**
   * The decree an appointment rests on: an existing one of the same owner (with the PDF attached
   * when one is given), or a new one.
   */
  long pilihAtauBuat(
      Long geraiId, Long forumId, Long skId, SuratKeputusanBaru baru, BerkasUnggahan berkas) {
    if (skId == null) {
      return buat(geraiId, forumId, baru, berkas);
    }
    SuratKeputusan sk = milik(skId, geraiId, forumId);
    if (berkas != null) {
      lampirkan(sk, berkas);
    }
    return sk.id();
  }

  /** Attaches (or replaces) the PDF of a decree of that gerai or that forum. */
  void lampirkan(long skId, Long geraiId, Long forumId, BerkasUnggahan berkas) {
    if (berkas == null) {
      throw new BerkasDitolak("sk.berkas.wajib");
    }
    lampirkan(milik(skId, geraiId, forumId), berkas);
  }

  long buat(Long geraiId, Long forumId, SuratKeputusanBaru baru, BerkasUnggahan berkas) {
    periksa(baru);
    SuratKeputusan sk = SuratKeputusan.baru(geraiId, forumId, baru);
    if (berkas != null) {
      sk.lampirkan(penyimpanan.simpan(berkas, aturan));
    }
    sk = repo.save(sk);
    events.publishEvent(Jejak.dibuat(JENIS, sk.id(), sk.ringkas()));
    return sk.id();
  }

  private void lampirkan(SuratKeputusan sk, BerkasUnggahan berkas) {
    SuratKeputusanRingkas sebelum = sk.ringkas();
    String lama = sk.lampirkan(penyimpanan.simpan(berkas, aturan));
    repo.save(sk);
    penyimpanan.hapusSetelahCommit(lama);
    events.publishEvent(Jejak.diubah(JENIS, sk.id(), sebelum, sk.ringkas()));
  }

  private SuratKeputusan milik(long skId, Long geraiId, Long forumId) {
    return repo.findById(skId)
        .filter(s -> Objects.equals(s.geraiId(), geraiId) && Objects.equals(s.forumId(), forumId))
        .orElseThrow(() -> new TidakDitemukan("sk.tidak-ditemukan", skId));
  }

  private static void periksa(SuratKeputusanBaru sk) {
    if (sk == null || kosong(sk.nomor()) || kosong(sk.penerbit()) || sk.tanggal() == null) {
      throw new MasukanTidakSah("sk.wajib");
    }
    if (sk.nomor().strip().length() > 100
        || sk.penerbit().strip().length() > 160
        || (sk.tentang() != null && sk.tentang().strip().length() > 300)) {
      throw new MasukanTidakSah("galat.masukan");
    }
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}

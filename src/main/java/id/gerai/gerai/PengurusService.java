package id.gerai.gerai;

import id.gerai.gerai.PengurusPencarian.PengurusBaris;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.BerkasUnggahan;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers of a gerai: who serves now and before, whether the required positions are filled,
 * appointing one under a decree and ending a term. Every query is scoped to the caller; a gerai
 * outside the scope is a 404. Phone numbers are masked unless the viewer may see them.
 */
@Service
@Transactional
public class PengurusService {

  static final String JENIS = "pengurus";

  private final PengurusRepository repo;
  private final PengurusPencarian pencarian;
  private final SuratKeputusanPencarian daftarSk;
  private final SuratKeputusanService suratKeputusan;
  private final PengurusProperties properties;
  private final ApplicationEventPublisher events;

  PengurusService(
      PengurusRepository repo,
      PengurusPencarian pencarian,
      SuratKeputusanPencarian daftarSk,
      SuratKeputusanService suratKeputusan,
      PengurusProperties properties,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.daftarSk = daftarSk;
    this.suratKeputusan = suratKeputusan;
    this.properties = properties;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public PengurusGerai untukGerai(long geraiId, Cakupan cakupan, boolean teleponUtuh) {
    PengurusGerai.Identitas gerai = pencarian.gerai(geraiId, cakupan);
    PengurusSusunan s = susun(pencarian.pengurusGerai(geraiId, cakupan), teleponUtuh);
    List<Jabatan> terisi = s.sekarang().stream().map(PengurusRingkas::jabatan).toList();
    return new PengurusGerai(
        gerai,
        s.sekarang(),
        s.akanDatang(),
        s.riwayat(),
        PengurusKelengkapan.dari(properties.jabatanWajib(), terisi),
        daftarSk.suratKeputusanGerai(geraiId, cakupan));
  }

  @Transactional(readOnly = true)
  public PengurusKelengkapan kelengkapan(long geraiId, Cakupan cakupan) {
    return untukGerai(geraiId, cakupan, false).kelengkapan();
  }

  /** Appoints an officer to a gerai the caller's scope reaches; returns the officer's id. */
  public long angkatDiGerai(long geraiId, PengurusBaru cmd, Cakupan cakupan) {
    pencarian.gerai(geraiId, cakupan);
    return angkat(geraiId, null, cmd);
  }

  /** Attaches a PDF to a decree of a gerai the caller's scope reaches. */
  public void lampirkanBerkasDiGerai(
      long geraiId, long skId, BerkasUnggahan berkas, Cakupan cakupan) {
    pencarian.gerai(geraiId, cakupan);
    suratKeputusan.lampirkan(skId, geraiId, null, berkas);
  }

  /** Ends a gerai officer's term on {@code selesai}, the last day served. */
  public void akhiriDiGerai(long geraiId, long pengurusId, LocalDate selesai, Cakupan cakupan) {
    if (!pencarian.pengurusDiGerai(pengurusId, geraiId, cakupan)) {
      throw new TidakDitemukan("pengurus.tidak-ditemukan", pengurusId);
    }
    akhiri(pengurusId, selesai);
  }

  long angkat(Long geraiId, Long forumId, PengurusBaru cmd) {
    periksa(cmd);
    long skId =
        suratKeputusan.pilihAtauBuat(
            geraiId, forumId, cmd.suratKeputusanId(), cmd.suratKeputusanBaru(), cmd.berkas());
    Pengurus p = repo.save(Pengurus.angkat(geraiId, forumId, cmd, skId));
    events.publishEvent(Jejak.dibuat(JENIS, p.id(), p.jejak()));
    return p.id();
  }

  void akhiri(long pengurusId, LocalDate selesai) {
    Pengurus p =
        repo.findById(pengurusId)
            .orElseThrow(() -> new TidakDitemukan("pengurus.tidak-ditemukan", pengurusId));
    PengurusJejak sebelum = p.jejak();
    p.akhiriMasaBakti(selesai);
    repo.save(p);
    events.publishEvent(Jejak.diubah(JENIS, pengurusId, sebelum, p.jejak()));
  }

  /** Today in the configured time zone: the day that decides whether a term is current. */
  public LocalDate hariIni() {
    return LocalDate.now(properties.zona());
  }

  /** Splits terms into current, to come and past by today's date, phone masked as needed. */
  PengurusSusunan susun(List<PengurusBaris> baris, boolean teleponUtuh) {
    return PengurusSusunan.dari(baris, hariIni(), teleponUtuh);
  }

  private static void periksa(PengurusBaru cmd) {
    if (cmd.nama() == null || cmd.nama().isBlank() || cmd.jabatan() == null) {
      throw new MasukanTidakSah("pengurus.wajib");
    }
    if (cmd.jabatan().perluBidang() && (cmd.bidang() == null || cmd.bidang().isBlank())) {
      throw new MasukanTidakSah("pengurus.bidang.wajib");
    }
    if (!PengurusTelepon.sah(cmd.telepon())) {
      throw new MasukanTidakSah("pengurus.telepon.tidak-sah");
    }
    new MasaBakti(cmd.mulai(), cmd.selesai());
  }
}

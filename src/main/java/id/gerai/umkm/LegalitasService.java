package id.gerai.umkm;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permits and certificates of businesses: record one, end its validity (never delete it), list a
 * business's permits, and list the permits in the caller's scope that expire soon or have expired.
 * A business outside the caller's scope is not found.
 */
@Service
@Transactional
public class LegalitasService {

  static final String JENIS = "legalitas";

  private final LegalitasRepository repo;
  private final LegalitasPencarian pencarian;
  private final LegalitasProperties properties;
  private final ApplicationEventPublisher events;

  LegalitasService(
      LegalitasRepository repo,
      LegalitasPencarian pencarian,
      LegalitasProperties properties,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.properties = properties;
    this.events = events;
  }

  /** Records a permit; errors by field stop it ({@link BidangDitolak}), warnings come back. */
  public LegalitasTercatat catat(long usahaId, LegalitasBaru baru, Cakupan cakupan, String oleh) {
    usaha(usahaId, cakupan);
    LegalitasPeriksa.Hasil hasil = LegalitasPeriksa.periksa(baru);
    if (!hasil.sah()) {
      throw new BidangDitolak(hasil.galat());
    }
    Legalitas l = repo.save(Legalitas.catat(usahaId, baru, oleh, Instant.now()));
    events.publishEvent(Jejak.dibuat(JENIS, l.id(), l.data()));
    return new LegalitasTercatat(l.id(), hasil.peringatan());
  }

  /** Ends a permit's validity on a day (a permit is never deleted). */
  public void akhiri(long usahaId, long legalitasId, LocalDate tanggal, Cakupan cakupan) {
    usaha(usahaId, cakupan);
    Legalitas l =
        repo.findById(legalitasId)
            .filter(x -> x.usahaId() == usahaId)
            .orElseThrow(() -> new TidakDitemukan("umkm.legalitas.tidak-ditemukan", legalitasId));
    LegalitasData sebelum = l.data();
    if (tanggal == null || !l.akhiri(tanggal)) {
      throw new MasukanTidakSah("umkm.legalitas.berlaku.sebelum-terbit");
    }
    repo.save(l);
    events.publishEvent(Jejak.diubah(JENIS, legalitasId, sebelum, l.data()));
  }

  @Transactional(readOnly = true)
  public List<LegalitasRingkas> daftar(long usahaId, Cakupan cakupan) {
    usaha(usahaId, cakupan);
    return pencarian.daftar(usahaId, cakupan, properties.hariIni(), properties.hariPeringatan());
  }

  /**
   * The permits in scope that expire within {@code hari} days (the configured default when null) or
   * have already expired, soonest first; a renewed permit no longer counts.
   */
  @Transactional(readOnly = true)
  public Halaman<LegalitasRingkas> akanKedaluwarsa(
      Cakupan cakupan, Integer hari, Integer nomor, Integer ukuran) {
    int h = hari == null ? properties.hariPeringatan() : hari;
    if (h < 0 || h > properties.hariMaks()) {
      throw new MasukanTidakSah("umkm.legalitas.hari.tidak-sah", properties.hariMaks());
    }
    LocalDate hariIni = properties.hariIni();
    int n = nomor == null || nomor < 0 ? 0 : nomor;
    return pencarian.akanKedaluwarsa(
        cakupan,
        hariIni.plusDays(h),
        n,
        Halaman.ukuranAman(ukuran),
        hariIni,
        properties.hariPeringatan());
  }

  /** The default look-ahead of the expiring list, in days. */
  public int hariBawaan() {
    return properties.hariPeringatan();
  }

  LegalitasPencarian.UsahaDasar usaha(long usahaId, Cakupan cakupan) {
    return pencarian
        .usaha(usahaId, cakupan)
        .orElseThrow(() -> new TidakDitemukan("umkm.legalitas.usaha.tidak-ditemukan", usahaId));
  }
}

package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.berkas.GudangBerkas;
import id.gerai.shared.berkas.JenisBerkas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The minutes (PDF, up to 10 MB) of a recorded RAT in the shared file store. Whoever may enter the
 * RAT may upload them; whoever sees the cooperative may open them; outside its scope, 404 and no
 * bytes. A replaced file leaves the disk only after the change commits.
 */
@Service
@Transactional
public class NotulenRatService {

  /** What the minutes accept. */
  public static final AturanBerkas ATURAN =
      AturanBerkas.dari(DataSize.ofMegabytes(10), JenisBerkas.PDF);

  private final KoperasiService koperasi;
  private final RatRepository repo;
  private final GudangBerkas gudang;
  private final ApplicationEventPublisher events;

  NotulenRatService(
      KoperasiService koperasi,
      RatRepository repo,
      GudangBerkas gudang,
      ApplicationEventPublisher events) {
    this.koperasi = koperasi;
    this.repo = repo;
    this.gudang = gudang;
    this.events = events;
  }

  /** Attaches (or replaces) the minutes of fiscal year {@code tahunBuku}'s recorded RAT. */
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void unggah(long koperasiId, int tahunBuku, BerkasUnggahan unggahan, Cakupan cakupan) {
    Rat r = muat(koperasiId, tahunBuku, cakupan);
    RatRekaman sebelum = r.rekaman();
    BerkasTersimpan b = gudang.simpan(unggahan, ATURAN);
    String lama = r.lampirkanNotulen(b, KoperasiPeran.nama(), KoperasiPeran.staf());
    repo.save(r);
    gudang.hapusSetelahCommit(lama);
    events.publishEvent(
        new Jejak("UNGGAH", Rat.JENIS_JEJAK, String.valueOf(r.id()), sebelum, r.rekaman()));
  }

  /** The minutes to send; 404 when the cooperative is out of scope or has none for that year. */
  @Transactional(readOnly = true)
  public BerkasUnduhan buka(long koperasiId, int tahunBuku, Cakupan cakupan) {
    BerkasTersimpan b =
        muat(koperasiId, tahunBuku, cakupan)
            .notulen()
            .orElseThrow(() -> new TidakDitemukan("koperasi.rat.notulen.tidak-ada"));
    return gudang.buka(b);
  }

  private Rat muat(long koperasiId, int tahunBuku, Cakupan cakupan) {
    koperasi.muat(koperasiId, cakupan);
    return repo.cari(koperasiId, tahunBuku)
        .orElseThrow(
            () -> new TidakDitemukan("koperasi.rat.tidak-ditemukan", String.valueOf(tahunBuku)));
  }
}

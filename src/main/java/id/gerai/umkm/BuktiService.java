package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.BerkasTersimpan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.berkas.GudangBerkas;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files (KTP, business photos, permit documents, milestone evidence): list, upload, open,
 * verify, remove. Every read and write goes through a business the caller's scope reaches (else
 * 404). A KTP opens only for Dinkop staff and its owner, and every opening is in the trail.
 */
@Service
@Transactional
public class BuktiService {

  static final String JENIS = "bukti";

  /** Who may upload (and remove unverified) evidence; a business actor only on their own. */
  public static final String PENGUNGGAH = TonggakService.PENCATAT;

  /** Who may verify evidence. */
  public static final String PEMVERIFIKASI = UmkmPeran.PEMVERIFIKASI;

  private final BuktiRepository repo;
  private final BuktiPencarian pencarian;
  private final UmkmService umkm;
  private final GudangBerkas gudang;
  private final BuktiProperties properties;
  private final ApplicationEventPublisher events;

  BuktiService(
      BuktiRepository repo,
      BuktiPencarian pencarian,
      UmkmService umkm,
      GudangBerkas gudang,
      BuktiProperties properties,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.umkm = umkm;
    this.gudang = gudang;
    this.properties = properties;
    this.events = events;
  }

  /** The evidence seen from a business, optionally of one permit or one milestone of it. */
  @Transactional(readOnly = true)
  public List<BuktiRingkas> daftar(
      long usahaId, Long legalitasId, Long tonggakId, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    return pencarian.daftar(usahaId, legalitasId, tonggakId, cakupan).stream()
        .map(b -> b.dengan(bolehDibuka(b.jenis(), cakupan)))
        .toList();
  }

  /**
   * Checks the target, then stores the file and records it: unverified unless a verifier uploads. A
   * refused file ({@link id.gerai.shared.berkas.BerkasDitolak}) leaves neither row nor file.
   */
  @PreAuthorize(PENGUNGGAH)
  public long unggah(long usahaId, BuktiBaru baru, BerkasUnggahan berkas, Cakupan cakupan) {
    umkm.pastikanTerjangkau(usahaId, cakupan);
    periksa(usahaId, baru);
    BerkasTersimpan b = gudang.simpan(berkas, aturan(baru.jenis()));
    boolean terverifikasi = UmkmPeran.pemverifikasi();
    Bukti bukti =
        repo.save(
            Bukti.unggah(pencarian.sasaran(usahaId), baru, b, terverifikasi, UmkmPeran.nama()));
    events.publishEvent(Jejak.dibuat(JENIS, bukti.id(), bukti.rekaman()));
    return bukti.id();
  }

  /** The file of one evidence row; opening a KTP is recorded as a view of personal data. */
  public BerkasUnduhan buka(long buktiId, Cakupan cakupan) {
    BuktiPencarian.BuktiBerkas b =
        pencarian.berkas(buktiId, cakupan).orElseThrow(() -> tidakDitemukan(buktiId));
    if (!bolehDibuka(b.jenis(), cakupan)) {
      throw new AccessDeniedException("KTP");
    }
    if (b.jenis().dataPribadi()) {
      events.publishEvent(
          new Jejak(
              "LIHAT_DATA_PRIBADI",
              JENIS,
              String.valueOf(buktiId),
              null,
              new DataPribadiDilihat(b.pelakuUsahaId(), b.jenis())));
    }
    return gudang.buka(b.berkas());
  }

  /** Marks evidence as checked. */
  @PreAuthorize(PEMVERIFIKASI)
  public void verifikasi(long buktiId, Cakupan cakupan) {
    Bukti b = muat(buktiId, cakupan);
    Bukti.Rekaman sebelum = b.rekaman();
    if (b.verifikasi(UmkmPeran.nama())) {
      repo.save(b);
      events.publishEvent(
          new Jejak("VERIFIKASI", JENIS, String.valueOf(buktiId), sebelum, b.rekaman()));
    }
  }

  /**
   * Removes evidence: the row stays, marked, with the removal in the trail; the file leaves the
   * disk once that commits. Verified evidence only a verifier may remove.
   */
  @PreAuthorize(PENGUNGGAH)
  public void hapus(long buktiId, Cakupan cakupan) {
    Bukti b = muat(buktiId, cakupan);
    if (b.terverifikasi() && !UmkmPeran.pemverifikasi()) {
      throw new MasukanTidakSah("umkm.bukti.hapus.terverifikasi");
    }
    Bukti.Rekaman sebelum = b.rekaman();
    b.hapus(UmkmPeran.nama());
    repo.save(b);
    gudang.hapusSetelahCommit(b.berkasNama());
    events.publishEvent(new Jejak("HAPUS", JENIS, String.valueOf(buktiId), sebelum, b.rekaman()));
  }

  /** The files a kind of evidence may be, and the size limit. */
  @Transactional(readOnly = true)
  public AturanBerkas aturan(BuktiJenis jenis) {
    return jenis.aturan(properties.maks());
  }

  private void periksa(long usahaId, BuktiBaru baru) {
    if (baru == null || baru.jenis() == null) {
      throw new MasukanTidakSah("umkm.bukti.jenis.wajib");
    }
    if (baru.keterangan() != null && baru.keterangan().strip().length() > 200) {
      throw new MasukanTidakSah("umkm.bukti.keterangan.panjang");
    }
    if (baru.jenis() == BuktiJenis.KTP && !UmkmPeran.pencatatRegister()) {
      throw new AccessDeniedException("KTP");
    }
    if (baru.jenis() == BuktiJenis.LEGALITAS
        && !pencarian.milikUsaha("legalitas", baru.legalitasId(), usahaId)) {
      throw new MasukanTidakSah("umkm.bukti.legalitas.wajib");
    }
    if (baru.jenis() == BuktiJenis.TONGGAK
        && !pencarian.milikUsaha("tonggak", baru.tonggakId(), usahaId)) {
      throw new MasukanTidakSah("umkm.bukti.tonggak.wajib");
    }
  }

  private Bukti muat(long buktiId, Cakupan cakupan) {
    if (pencarian.berkas(buktiId, cakupan).isEmpty()) {
      throw tidakDitemukan(buktiId);
    }
    return repo.findById(buktiId)
        .filter(b -> !b.terhapus())
        .orElseThrow(() -> tidakDitemukan(buktiId));
  }

  /** A KTP: Dinkop staff, or the owner (a business actor's scope only reaches their own). */
  private static boolean bolehDibuka(BuktiJenis jenis, Cakupan cakupan) {
    return !jenis.dataPribadi()
        || UmkmPeran.staf()
        || cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI;
  }

  private static TidakDitemukan tidakDitemukan(long id) {
    return new TidakDitemukan("umkm.bukti.tidak-ditemukan", String.valueOf(id));
  }

  /** What the trail keeps of a KTP being opened: whose, and what. */
  record DataPribadiDilihat(long pelakuUsahaId, BuktiJenis jenis) {}
}

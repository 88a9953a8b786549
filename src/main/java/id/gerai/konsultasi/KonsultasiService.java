package id.gerai.konsultasi;

import id.gerai.koperasi.KoperasiSaringan;
import id.gerai.koperasi.KoperasiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a problem, listing and reading cases, and the thread of answers. A business outside the
 * caller's scope, or a case the caller may not see, is not found. A new case is routed at once when
 * the routing table has a row for its category and area.
 */
@Service
@Transactional
public class KonsultasiService {

  static final String JENIS = "konsultasi";

  private final PenentuPemanggil pemanggil;
  private final PemuatKonsultasi pemuat;
  private final PencarianKonsultasi pencarian;
  private final SesiService sesi;
  private final RuteService rute;
  private final UmkmService umkm;
  private final PenentuSubjek subjek;
  private final KoperasiService koperasi;
  private final KonsultasiProperties target;
  private final ApplicationEventPublisher events;

  KonsultasiService(
      PenentuPemanggil pemanggil,
      PemuatKonsultasi pemuat,
      PencarianKonsultasi pencarian,
      SesiService sesi,
      RuteService rute,
      UmkmService umkm,
      PenentuSubjek subjek,
      KoperasiService koperasi,
      KonsultasiProperties target,
      ApplicationEventPublisher events) {
    this.pemanggil = pemanggil;
    this.pemuat = pemuat;
    this.pencarian = pencarian;
    this.sesi = sesi;
    this.rute = rute;
    this.umkm = umkm;
    this.subjek = subjek;
    this.koperasi = koperasi;
    this.target = target;
    this.events = events;
  }

  /**
   * Brings a problem of a business or a cooperative the caller's scope reaches; returns the case's
   * id.
   */
  @PreAuthorize(Pemanggil.PEMBUKA)
  public long buka(BukaKonsultasi buka, Cakupan cakupan) {
    buka.periksa();
    Pemanggil p = pemanggil.untuk(cakupan);
    Konsultasi k = Konsultasi.buka(subjek.untuk(buka, p), buka, pembuka(buka.urgensi(), p));
    rute.tujuan(buka.kategori(), k.rekaman().kodeWilayah())
        .ifPresent(t -> k.tugaskan(t, pemuat.kini()));
    Konsultasi disimpan = pemuat.simpan(k);
    events.publishEvent(Jejak.dibuat(JENIS, disimpan.id(), disimpan.rekaman()));
    return disimpan.id();
  }

  /**
   * The businesses a business actor may bring a problem for (their own, from the register), for the
   * new-case form; empty for everyone else, who enter the business's number.
   */
  @Transactional(readOnly = true)
  public List<PilihanUsaha> usahaSendiri(Cakupan cakupan) {
    if (cakupan.jenis() != Cakupan.Jenis.MILIK_SENDIRI) {
      return List.of();
    }
    UmkmSaringan s = UmkmSaringan.semua(200);
    return umkm.cari(s, cakupan).isi().stream()
        .map(u -> new PilihanUsaha(u.id(), u.nama()))
        .toList();
  }

  /**
   * The cooperatives a cooperative's officer may bring a problem for (their own), for the new-case
   * form; empty for everyone else.
   */
  @Transactional(readOnly = true)
  public List<PilihanUsaha> koperasiSendiri(Cakupan cakupan) {
    if (cakupan.jenis() != Cakupan.Jenis.MILIK_SENDIRI) {
      return List.of();
    }
    return koperasi.cari(KoperasiSaringan.semua(), cakupan).isi().stream()
        .map(k -> new PilihanUsaha(k.id(), k.nama()))
        .toList();
  }

  /** The cases of a cooperative the caller's scope reaches (404 otherwise), newest first. */
  @Transactional(readOnly = true)
  public Halaman<KonsultasiRingkas> untukKoperasi(long koperasiId, Cakupan cakupan) {
    koperasi.pastikanTerjangkau(koperasiId, cakupan);
    return cari(SaringanKonsultasi.koperasi(koperasiId, 0), cakupan);
  }

  @Transactional(readOnly = true)
  public Halaman<KonsultasiRingkas> cari(SaringanKonsultasi saringan, Cakupan cakupan) {
    return pencarian.cari(saringan, pemanggil.untuk(cakupan), Konsultasi.wib(pemuat.kini()));
  }

  @Transactional(readOnly = true)
  public KonsultasiDetail ambil(long id, Cakupan cakupan) {
    Konsultasi k = pemuat.muat(id, pemanggil.untuk(cakupan));
    return k.detail(
        pemuat.kini(), pencarian.tanggapan(id), pencarian.lampiran(id), sesi.untukKasus(id));
  }

  /** Adds an answer to the thread; the first one from the helping side stops the response clock. */
  public long tanggapi(long id, TanggapanBaru baru, Cakupan cakupan) {
    baru.periksa();
    Pemanggil p = pemanggil.untuk(cakupan);
    Konsultasi k = pemuat.muat(id, p);
    Instant kini = pemuat.kini();
    k.catatTanggapan(p.pelaku(), kini);
    pemuat.simpan(k);
    long t = pemuat.tambahTanggapan(id, baru.isi().strip(), p, kini);
    events.publishEvent(new Jejak("TANGGAPAN", JENIS, String.valueOf(id), null, t));
    return t;
  }

  private Pembuka pembuka(Urgensi urgensi, Pemanggil p) {
    Instant kini = pemuat.kini();
    KonsultasiProperties.Target t = target.untuk(urgensi);
    return new Pembuka(
        p.saluran(),
        p.nama(),
        p.akunId(),
        kini,
        YearMonth.from(kini.atZone(Konsultasi.WIB)).toString(),
        kini.plus(t.tanggapan()),
        kini.plus(t.penyelesaian()));
  }
}

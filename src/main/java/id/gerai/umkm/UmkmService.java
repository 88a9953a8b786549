package id.gerai.umkm;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases: register a business (with its owner, or under an owner already known by
 * NIK), edit, verify, read one, and list. Every read and write takes the caller's scope; a business
 * outside it is not found. Every change, and every clear view of a NIK, leaves a trail.
 */
@Service
@Transactional(readOnly = true)
public class UmkmService {

  private final PelakuUsahaRepository pelakuRepo;
  private final UsahaRepository usahaRepo;
  private final PencarianUmkm pencarian;
  private final UmkmPemeriksa pemeriksa;
  private final UmkmPembaca pembaca;
  private final ApplicationEventPublisher events;

  UmkmService(
      PelakuUsahaRepository pelakuRepo,
      UsahaRepository usahaRepo,
      PencarianUmkm pencarian,
      UmkmPemeriksa pemeriksa,
      UmkmPembaca pembaca,
      ApplicationEventPublisher events) {
    this.pelakuRepo = pelakuRepo;
    this.usahaRepo = usahaRepo;
    this.pencarian = pencarian;
    this.pemeriksa = pemeriksa;
    this.pembaca = pembaca;
    this.events = events;
  }

  /** One page of the businesses the scope reaches. */
  public Halaman<UmkmRingkas> cari(UmkmSaringan saringan, Cakupan cakupan) {
    return pencarian.cari(saringan, cakupan);
  }

  /**
   * Answers 404 ({@link TidakDitemukan}) unless the business exists inside the scope: for pages and
   * APIs about one business (its classes, permits) that do not need its details.
   */
  public void pastikanTerjangkau(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
  }

  /**
   * One business with its owner; NIK and phone masked unless the caller is Dinkop staff, whose
   * clear view of a NIK is written to the audit trail.
   */
  @Transactional
  public UmkmDetail ambil(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
    boolean terbuka = UmkmPeran.staf();
    UmkmDetail d = pembaca.detail(id, terbuka).orElseThrow(() -> tidakDitemukan(id));
    if (terbuka && d.pemilik().nik() != null) {
      events.publishEvent(
          new Jejak(
              "LIHAT_DATA_PRIBADI",
              PelakuUsaha.JENIS_JEJAK,
              String.valueOf(d.pemilik().id()),
              null,
              null));
    }
    return d;
  }

  /**
   * Registers a business. When a person with the same NIK is known, the business is added to that
   * person; otherwise the person is registered too.
   */
  @Transactional
  @PreAuthorize(UmkmPeran.PENCATAT)
  public UmkmTerdaftar daftarkan(DaftarkanUmkm perintah, Cakupan cakupan) {
    UmkmPemeriksa.Hasil hasil = pemeriksa.periksa(perintah, cakupan);
    DaftarkanUmkm d = hasil.perintah();
    List<String> peringatan = new ArrayList<>(hasil.peringatan());
    String pemverifikasi = UmkmPeran.pemverifikasi() ? UmkmPeran.nama() : null;
    Long akun = cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI ? cakupan.akunId() : null;
    PelakuUsaha p = pemilik(d.nik(), akun);
    if (p == null) {
      p = pelakuRepo.save(PelakuUsaha.daftarkan(d, akun, pemverifikasi));
      events.publishEvent(Jejak.dibuat(PelakuUsaha.JENIS_JEJAK, p.id(), p.rekaman()));
    } else if (cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI && !p.milik(cakupan.akunId())) {
      throw BidangDitolak.bidang("nik", "umkm.register.nik-milik-lain");
    } else {
      peringatan.add("umkm.register.nik-sudah-ada");
    }
    Usaha u = usahaRepo.save(Usaha.daftarkan(p.id(), d, pemverifikasi));
    events.publishEvent(Jejak.dibuat(Usaha.JENIS_JEJAK, u.id(), u.rekaman()));
    return new UmkmTerdaftar(u.id(), p.id(), peringatan);
  }

  /**
   * Edits a business and its owner as last read at {@code versi}. A masked NIK or phone keeps the
   * stored value; a null {@code versi} skips the check. A business actor's edit makes both
   * unverified.
   */
  @Transactional
  @PreAuthorize(UmkmPeran.PENCATAT)
  public UmkmTerdaftar ubah(long id, Integer versi, DaftarkanUmkm perintah, Cakupan cakupan) {
    Usaha u = muat(id, cakupan);
    if (versi != null && u.versi() != versi) {
      throw BidangDitolak.bidang("", "umkm.register.versi-usang");
    }
    PelakuUsaha p = pelakuRepo.findById(u.pelakuUsahaId()).orElseThrow();
    UmkmPemeriksa.Hasil hasil = pemeriksa.periksa(pembaca.tanpaSamaran(perintah, p), cakupan);
    DaftarkanUmkm d = hasil.perintah();
    if (d.nik() != null
        && pelakuRepo.findByNik(d.nik()).filter(l -> !l.id().equals(p.id())).isPresent()) {
      throw BidangDitolak.bidang("nik", "umkm.register.nik-milik-lain");
    }
    PelakuUsahaRekaman pSebelum = p.rekaman();
    UsahaRekaman uSebelum = u.rekaman();
    p.ubah(d);
    u.ubah(d);
    if (!UmkmPeran.pemverifikasi()) {
      p.tandaiBelumTerverifikasi();
      u.tandaiBelumTerverifikasi();
    }
    pelakuRepo.save(p);
    usahaRepo.save(u);
    events.publishEvent(Jejak.diubah(PelakuUsaha.JENIS_JEJAK, p.id(), pSebelum, p.rekaman()));
    events.publishEvent(Jejak.diubah(Usaha.JENIS_JEJAK, id, uSebelum, u.rekaman()));
    return new UmkmTerdaftar(id, p.id(), hasil.peringatan());
  }

  /** Marks a business and its owner as checked by the caller. */
  @Transactional
  @PreAuthorize(UmkmPeran.PEMVERIFIKASI)
  public void verifikasi(long id, Cakupan cakupan) {
    Usaha u = muat(id, cakupan);
    PelakuUsaha p = pelakuRepo.findById(u.pelakuUsahaId()).orElseThrow();
    String oleh = UmkmPeran.nama();
    UsahaRekaman sebelum = u.rekaman();
    u.verifikasi(oleh);
    usahaRepo.save(u);
    if (p.statusVerifikasi() != VerifikasiStatus.TERVERIFIKASI) {
      PelakuUsahaRekaman pSebelum = p.rekaman();
      p.verifikasi(oleh);
      pelakuRepo.save(p);
      events.publishEvent(
          new Jejak(
              "VERIFIKASI",
              PelakuUsaha.JENIS_JEJAK,
              String.valueOf(p.id()),
              pSebelum,
              p.rekaman()));
    }
    events.publishEvent(
        new Jejak("VERIFIKASI", Usaha.JENIS_JEJAK, String.valueOf(id), sebelum, u.rekaman()));
  }

  /** The person known by the NIK, or else the business actor's own earlier registration. */
  private PelakuUsaha pemilik(String nik, Long akun) {
    if (nik != null) {
      return pelakuRepo.findByNik(nik).orElse(null);
    }
    return akun == null ? null : pelakuRepo.findFirstByAkunIdOrderByIdAsc(akun).orElse(null);
  }

  private Usaha muat(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
    return usahaRepo.findById(id).orElseThrow(() -> tidakDitemukan(id));
  }

  private static TidakDitemukan tidakDitemukan(long id) {
    return new TidakDitemukan("umkm.register.tidak-ditemukan", String.valueOf(id));
  }
}

package id.gerai.koperasi;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.WilayahService;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases: register, edit, change status, verify, read one, list (the people and
 * members are {@link SusunanKoperasiService}'s). Every read and write takes the caller's scope; a
 * cooperative outside it is not found. Every change leaves a trail.
 */
@Service
@Transactional(readOnly = true)
public class KoperasiService {

  private final KoperasiRepository repo;
  private final PencarianKoperasi pencarian;
  private final KoperasiPemeriksa pemeriksa;
  private final GeraiService gerai;
  private final WilayahService wilayah;
  private final ApplicationEventPublisher events;

  KoperasiService(
      KoperasiRepository repo,
      PencarianKoperasi pencarian,
      KoperasiPemeriksa pemeriksa,
      GeraiService gerai,
      WilayahService wilayah,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.pemeriksa = pemeriksa;
    this.gerai = gerai;
    this.wilayah = wilayah;
    this.events = events;
  }

  /** One page of the cooperatives the scope reaches. */
  public Halaman<KoperasiRingkas> cari(KoperasiSaringan saringan, Cakupan cakupan) {
    return pencarian.cari(saringan, cakupan);
  }

  /** Answers 404 ({@link TidakDitemukan}) unless the cooperative exists inside the scope. */
  public void pastikanTerjangkau(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
  }

  /**
   * One cooperative with the names of its area and gerai. Outside a transaction: a gerai that no
   * longer answers must leave the name empty, not spoil the read.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public KoperasiDetail ambil(long id, Cakupan cakupan) {
    Koperasi k = muat(id, cakupan);
    KoperasiRekaman r = k.rekaman();
    return new KoperasiDetail(
        id,
        k.versi(),
        r,
        pencarian.namaWilayah(r.kodeWilayah()),
        namaGerai(r.geraiId()),
        r.statusVerifikasi() == StatusVerifikasi.TERVERIFIKASI ? k.rekamanVerifikasi() : null);
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.PENCATAT)
  public KoperasiTerdaftar daftarkan(DaftarkanKoperasi perintah, Cakupan cakupan) {
    KoperasiPemeriksa.Hasil hasil = pemeriksa.periksa(perintah, cakupan);
    Long akun = KoperasiPeran.staf() ? hasil.perintah().akunId() : null;
    String pemverifikasi = KoperasiPeran.staf() ? KoperasiPeran.nama() : null;
    Koperasi k = repo.save(Koperasi.daftarkan(hasil.perintah(), akun, pemverifikasi));
    events.publishEvent(Jejak.dibuat(Koperasi.JENIS_JEJAK, k.id(), k.rekaman()));
    return new KoperasiTerdaftar(k.id(), hasil.peringatan());
  }

  /** Edits a cooperative as last read at {@code versi} (null skips the check). */
  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public KoperasiTerdaftar ubah(long id, Integer versi, DaftarkanKoperasi perintah, Cakupan c) {
    Koperasi k = muat(id, c);
    if (versi != null && versi != k.versi()) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.versi-usang");
    }
    KoperasiPemeriksa.Hasil hasil =
        pemeriksa.periksa(tetapGerai(perintah, k, c), c, k.rekaman().geraiId());
    simpan(
        k,
        "UBAH",
        x -> {
          x.ubah(hasil.perintah());
          if (KoperasiPeran.staf()) {
            x.tautkanAkun(hasil.perintah().akunId());
          }
        });
    return new KoperasiTerdaftar(id, hasil.peringatan());
  }

  /** A cooperative's own officer cannot move it to another gerai: the stored one stays. */
  private static DaftarkanKoperasi tetapGerai(DaftarkanKoperasi d, Koperasi k, Cakupan c) {
    if (c.jenis() != Cakupan.Jenis.MILIK_SENDIRI) {
      return d;
    }
    return new DaftarkanKoperasi(
        d.nama(),
        d.nomorBadanHukum(),
        d.tanggalBadanHukum(),
        d.nomorIndukKoperasi(),
        d.jenis(),
        d.kelompok(),
        d.bentuk(),
        d.kelurahan(),
        d.alamat(),
        k.rekaman().geraiId(),
        d.akunId(),
        d.tanggalBerdiri(),
        d.namaManajer(),
        d.jumlahKaryawan(),
        d.program());
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.STAF)
  public void ubahStatus(long id, StatusKoperasi status, Cakupan cakupan) {
    if (status == null) {
      throw BidangDitolak.bidang("status", "koperasi.validasi.wajib");
    }
    simpan(muat(id, cakupan), "UBAH_STATUS", k -> k.ubahStatus(status));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.STAF)
  public void verifikasi(long id, Cakupan cakupan) {
    Koperasi k = muat(id, cakupan);
    KoperasiRekaman sebelum = k.rekaman();
    k.verifikasi(KoperasiPeran.nama());
    repo.save(k);
    events.publishEvent(
        new Jejak("VERIFIKASI", Koperasi.JENIS_JEJAK, String.valueOf(id), sebelum, k.rekaman()));
  }

  /**
   * Applies a change, makes it unverified when the cooperative's own officer made it, saves, and
   * writes the trail.
   */
  void simpan(Koperasi k, String aksi, Consumer<Koperasi> ubah) {
    KoperasiRekaman sebelum = k.rekaman();
    ubah.accept(k);
    if (!KoperasiPeran.staf()) {
      k.tandaiBelumTerverifikasi();
    }
    try {
      repo.save(k);
    } catch (OptimisticLockingFailureException e) {
      // Someone saved the same cooperative between our read and this write.
      throw BidangDitolak.bidang("", "koperasi.ditolak.versi-usang");
    }
    events.publishEvent(
        new Jejak(aksi, Koperasi.JENIS_JEJAK, String.valueOf(k.id()), sebelum, k.rekaman()));
  }

  Koperasi muat(long id, Cakupan cakupan) {
    if (!pencarian.terjangkau(id, cakupan)) {
      throw tidakDitemukan(id);
    }
    return repo.findById(id).orElseThrow(() -> tidakDitemukan(id));
  }

  Koperasi muatVersi(long id, Integer versi, Cakupan cakupan) {
    Koperasi k = muat(id, cakupan);
    if (versi != null && versi != k.versi()) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.versi-usang");
    }
    return k;
  }

  private String namaGerai(Long geraiId) {
    if (geraiId == null) {
      return null;
    }
    try {
      return gerai.ambil(geraiId, Cakupan.wilayah(wilayah.kodeRumah())).nama();
    } catch (TidakDitemukan e) {
      return null;
    }
  }

  static TidakDitemukan tidakDitemukan(long id) {
    return new TidakDitemukan("koperasi.tidak-ditemukan", String.valueOf(id));
  }
}

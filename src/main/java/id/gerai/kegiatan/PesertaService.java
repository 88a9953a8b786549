package id.gerai.kegiatan;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.Telepon;
import id.gerai.umkm.TonggakService;
import id.gerai.umkm.UmkmService;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and attendance. Staff and gerai officers register businesses (inside their scope)
 * and persons; past capacity a participant waits, and a cancellation promotes the first who waits.
 * Check-in is by the code the registration's QR code carries, or by picking a name. Everything
 * happens through an activity the caller's scope reaches; every change leaves a trail.
 */
@Service
@Transactional
public class PesertaService {

  static final String JENIS_JEJAK = "peserta";

  private final KegiatanService kegiatan;
  private final PesertaPenyimpanan simpanan;
  private final UmkmService umkm;
  private final TonggakService tonggak;
  private final ApplicationEventPublisher events;
  private final PesertaKoperasiService koperasi;

  PesertaService(
      KegiatanService kegiatan,
      PesertaPenyimpanan simpanan,
      UmkmService umkm,
      TonggakService tonggak,
      ApplicationEventPublisher events,
      PesertaKoperasiService koperasi) {
    this.kegiatan = kegiatan;
    this.koperasi = koperasi;
    this.simpanan = simpanan;
    this.umkm = umkm;
    this.tonggak = tonggak;
    this.events = events;
  }

  /** Registers a participant; returns them (waiting when every place is taken). */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public PesertaRingkas daftarkan(long kegiatanId, PesertaBaru baru, Cakupan cakupan) {
    Kegiatan k = kegiatan.muat(kegiatanId, cakupan);
    kegiatan.kunci(kegiatanId);
    PesertaPeran peran = baru.peran() == null ? PesertaPeran.PESERTA : baru.peran();
    if (baru.koperasiId() != null && baru.usahaId() != null) {
      throw new MasukanTidakSah("kegiatan.peserta.usaha-atau-koperasi");
    }
    String nama;
    String telepon = null;
    if (baru.koperasiId() != null) {
      nama = koperasi.namaTerjangkau(kegiatanId, baru.koperasiId(), cakupan);
    } else if (baru.usahaId() != null) {
      umkm.pastikanTerjangkau(baru.usahaId(), cakupan);
      nama = tonggak.namaUsaha(baru.usahaId(), cakupan);
      if (simpanan.usahaAktif(kegiatanId, baru.usahaId())) {
        throw new MasukanTidakSah("kegiatan.peserta.sudah-terdaftar", nama);
      }
    } else {
      nama = KegiatanPeriksa.wajib(baru.nama(), 200, "kegiatan.peserta.nama");
      if (baru.telepon() != null && !baru.telepon().isBlank()) {
        telepon =
            Telepon.normalkan(baru.telepon())
                .orElseThrow(() -> new MasukanTidakSah("kegiatan.peserta.telepon.tidak-sah"));
      }
    }
    Integer kapasitas = simpanan.kapasitas(kegiatanId);
    boolean penuh =
        peran == PesertaPeran.PESERTA
            && kapasitas != null
            && simpanan.jumlahTerdaftar(kegiatanId) >= kapasitas;
    PesertaStatus status = penuh ? PesertaStatus.MENUNGGU : PesertaStatus.TERDAFTAR;
    long id =
        simpanan.tambah(
            k.id(),
            peran,
            baru.usahaId(),
            baru.koperasiId(),
            nama,
            telepon,
            status,
            KegiatanPeran.nama(),
            Instant.now());
    PesertaRingkas p = simpanan.ambil(kegiatanId, id).orElseThrow();
    events.publishEvent(Jejak.dibuat(JENIS_JEJAK, id, p));
    return p;
  }

  /** Cancels a registration; the first who waits takes a freed place. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public void batalkan(long kegiatanId, long pesertaId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    kegiatan.kunci(kegiatanId);
    PesertaRingkas p = muat(kegiatanId, pesertaId);
    if (p.status() == PesertaStatus.BATAL) {
      return;
    }
    simpanan.ubahStatus(pesertaId, PesertaStatus.BATAL);
    events.publishEvent(
        Jejak.diubah(JENIS_JEJAK, pesertaId, p, simpanan.ambil(kegiatanId, pesertaId).get()));
    Integer kapasitas = simpanan.kapasitas(kegiatanId);
    if (p.status() == PesertaStatus.TERDAFTAR
        && p.peran() == PesertaPeran.PESERTA
        && (kapasitas == null || simpanan.jumlahTerdaftar(kegiatanId) < kapasitas)) {
      simpanan
          .pertamaMenunggu(kegiatanId)
          .ifPresent(
              naik -> {
                simpanan.ubahStatus(naik.id(), PesertaStatus.TERDAFTAR);
                events.publishEvent(
                    new Jejak(
                        "NAIK_DARI_ANTREAN",
                        JENIS_JEJAK,
                        String.valueOf(naik.id()),
                        naik,
                        simpanan.ambil(kegiatanId, naik.id()).get()));
              });
    }
  }

  /** Checks a participant in by their code (typed, or filled by a scanner app). */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public Kehadiran hadirDenganKode(long kegiatanId, String kode, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    String k = KodeQr.rapikan(kode);
    if (k == null) {
      throw new MasukanTidakSah("kegiatan.kehadiran.kode.wajib");
    }
    PesertaRingkas p =
        simpanan
            .denganKode(kegiatanId, k)
            .orElseThrow(() -> new MasukanTidakSah("kegiatan.kehadiran.kode.tidak-dikenal", k));
    return hadir(p);
  }

  /** Checks a participant in picked by name from the list. */
  @PreAuthorize(KegiatanPeran.PENGELOLA)
  public Kehadiran hadir(long kegiatanId, long pesertaId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return hadir(muat(kegiatanId, pesertaId));
  }

  private Kehadiran hadir(PesertaRingkas p) {
    if (p.status() == PesertaStatus.MENUNGGU) {
      throw new MasukanTidakSah("kegiatan.kehadiran.menunggu", p.nama());
    }
    if (p.status() == PesertaStatus.BATAL) {
      throw new MasukanTidakSah("kegiatan.kehadiran.batal", p.nama());
    }
    if (p.hadir()) {
      return new Kehadiran(p, true);
    }
    simpanan.tandaiHadir(p.id(), Instant.now());
    PesertaRingkas sesudah = simpanan.ambil(p.kegiatanId(), p.id()).orElseThrow();
    events.publishEvent(new Jejak("HADIR", JENIS_JEJAK, String.valueOf(p.id()), p, sesudah));
    return new Kehadiran(sesudah, false);
  }

  /** Participants of an activity (all states), waiting ones in their order. */
  @Transactional(readOnly = true)
  public List<PesertaRingkas> daftar(long kegiatanId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return simpanan.daftar(kegiatanId, null);
  }

  /** Participants whose name contains the words, for check-in by name (at most 30). */
  @Transactional(readOnly = true)
  public List<PesertaRingkas> cariNama(long kegiatanId, String q, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return simpanan.daftar(kegiatanId, q == null || q.isBlank() ? null : q.strip());
  }

  @Transactional(readOnly = true)
  public PesertaRingkas ambil(long kegiatanId, long pesertaId, Cakupan cakupan) {
    kegiatan.pastikanTerjangkau(kegiatanId, cakupan);
    return muat(kegiatanId, pesertaId);
  }

  private PesertaRingkas muat(long kegiatanId, long pesertaId) {
    return simpanan
        .ambil(kegiatanId, pesertaId)
        .orElseThrow(
            () ->
                new TidakDitemukan("kegiatan.peserta.tidak-ditemukan", String.valueOf(pesertaId)));
  }
}

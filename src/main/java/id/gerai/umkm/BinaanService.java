package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring enrolments (binaan): enrol a business, end an enrolment, list a business's current and
 * past ones. A business is binaan on a day an enrolment covers. A business outside the caller's
 * scope is not found.
 */
@Service
@Transactional
public class BinaanService {

  static final String JENIS = "binaan";

  /**
   * An SQL condition on a business aliased {@code u}: it is binaan on {@code :hariIniBinaan}, for
   * register filters (bind the day with {@link #hariIni()}).
   */
  static final String SYARAT_BINAAN =
      "EXISTS (SELECT 1 FROM binaan bn WHERE bn.usaha_id = u.id AND bn.sejak <= :hariIniBinaan"
          + " AND (bn.sampai IS NULL OR bn.sampai >= :hariIniBinaan))";

  /** Who may enrol a business and end an enrolment. */
  public static final String PENGELOLA = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENDAMPING')";

  private final BinaanRepository repo;
  private final BinaanPencarian pencarian;
  private final ApplicationEventPublisher events;

  BinaanService(
      BinaanRepository repo, BinaanPencarian pencarian, ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.events = events;
  }

  /** Today in the office's calendar. */
  public static LocalDate hariIni() {
    return BinaanPencarian.hariIni();
  }

  /** Enrols a business; returns the enrolment's id. */
  @PreAuthorize(PENGELOLA)
  public long daftarkan(long usahaId, BinaanBaru baru, Cakupan cakupan, String oleh) {
    namaUsaha(usahaId, cakupan);
    BinaanPeriksa.periksa(baru);
    Binaan b = repo.save(Binaan.daftarkan(usahaId, baru, oleh, Instant.now()));
    events.publishEvent(Jejak.dibuat(JENIS, b.id(), b.data()));
    return b.id();
  }

  /** Ends an enrolment on a day (an enrolment is never deleted). */
  @PreAuthorize(PENGELOLA)
  public void akhiri(long usahaId, long binaanId, LocalDate tanggal, Cakupan cakupan) {
    namaUsaha(usahaId, cakupan);
    Binaan b =
        repo.findById(binaanId)
            .filter(x -> x.usahaId() == usahaId)
            .orElseThrow(() -> new TidakDitemukan("umkm.binaan.tidak-ditemukan", binaanId));
    Binaan.BinaanData sebelum = b.data();
    if (tanggal == null) {
      throw new MasukanTidakSah("umkm.binaan.tanggal.wajib");
    }
    if (!b.akhiri(tanggal)) {
      throw new MasukanTidakSah("umkm.binaan.sampai.sebelum-sejak");
    }
    repo.save(b);
    events.publishEvent(Jejak.diubah(JENIS, binaanId, sebelum, b.data()));
  }

  /** A business's enrolments: not yet ended, and past; and whether it is binaan today. */
  @Transactional(readOnly = true)
  public BinaanDaftar daftar(long usahaId, Cakupan cakupan) {
    String nama = namaUsaha(usahaId, cakupan);
    LocalDate hariIni = hariIni();
    List<BinaanRingkas> semua = pencarian.daftar(usahaId, cakupan, hariIni);
    List<BinaanRingkas> lalu =
        semua.stream().filter(b -> b.sampai() != null && b.sampai().isBefore(hariIni)).toList();
    List<BinaanRingkas> kini = semua.stream().filter(b -> !lalu.contains(b)).toList();
    boolean binaan = semua.stream().anyMatch(BinaanRingkas::berlaku);
    return new BinaanDaftar(usahaId, nama, binaan, kini, lalu);
  }

  /** Whether an enrolment covers today. */
  @Transactional(readOnly = true)
  public boolean binaan(long usahaId, Cakupan cakupan) {
    return daftar(usahaId, cakupan).binaan();
  }

  /** The business's name; not found when the caller's scope does not reach it. */
  String namaUsaha(long usahaId, Cakupan cakupan) {
    return pencarian
        .namaUsaha(usahaId, cakupan)
        .orElseThrow(() -> new TidakDitemukan("umkm.binaan.usaha.tidak-ditemukan", usahaId));
  }
}

package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic gerai reports: read, fill in, submit, approve or return, reopen. Every call is scoped: a
 * gerai outside the caller's scope is a 404. The clock is a bean when one is defined (tests fix
 * it), else the system clock in the configured zone.
 */
@Service
@Transactional
public class LaporanGeraiService {

  static final String PENGISI = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')";
  static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private final LaporanGeraiRepository repo;
  private final LaporanGeraiPencarian pencarian;
  private final PengurusPencarian gerai;
  private final AnggotaForumPencarian anggota;
  private final LaporanGeraiPrasi prasi;
  private final LaporanGeraiProperties properties;
  private final ObjectProvider<Clock> jam;
  private final ApplicationEventPublisher events;

  LaporanGeraiService(
      LaporanGeraiRepository repo,
      LaporanGeraiPencarian pencarian,
      PengurusPencarian gerai,
      AnggotaForumPencarian anggota,
      LaporanGeraiPrasi prasi,
      LaporanGeraiProperties properties,
      ObjectProvider<Clock> jam,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.gerai = gerai;
    this.anggota = anggota;
    this.prasi = prasi;
    this.properties = properties;
    this.jam = jam;
    this.events = events;
  }

  /** Today in the office's calendar. */
  public LocalDate hariIni() {
    return LocalDate.now(jam.getIfAvailable(() -> Clock.system(properties.zona())));
  }

  /** The period under way today. */
  public Periode periodeBerjalan() {
    return Periode.memuat(hariIni(), properties.bulanPerPeriode());
  }

  /** The last period that has ended: the one a gerai is expected to report now. */
  public Periode periodeLalu() {
    return periodeBerjalan().sebelumnya(properties.bulanPerPeriode());
  }

  /** The period under way and the {@code n - 1} before it, newest first. */
  public List<Periode> periodeTerakhir(int n) {
    List<Periode> hasil = new java.util.ArrayList<>();
    Periode p = periodeBerjalan();
    for (int i = 0; i < n; i++) {
      hasil.add(p);
      p = p.sebelumnya(properties.bulanPerPeriode());
    }
    return hasil;
  }

  /** The period of a code, checked against the configured period length. */
  public Periode periode(String kode) {
    return properties.periode(kode);
  }

  /** The reports of a gerai, newest period first; 404 outside the scope. */
  @Transactional(readOnly = true)
  public List<LaporanGeraiRingkas> daftar(long geraiId, Cakupan cakupan) {
    gerai.gerai(geraiId, cakupan);
    return pencarian.laporanGerai(geraiId, hariIni());
  }

  /** The report of a gerai for a period, or a pre-filled unsaved draft when there is none. */
  @Transactional(readOnly = true)
  public LaporanGeraiLembar ambil(long geraiId, String kode, Cakupan cakupan) {
    PengurusGerai.Identitas g = gerai.gerai(geraiId, cakupan);
    Periode p = periode(kode);
    LocalDate hari = hariIni();
    LaporanGeraiAngka isian = prasi.isian(geraiId, p);
    long terdaftar = anggota.terdaftar(geraiId, p);
    return repo.findByGeraiIdAndPeriode(geraiId, p.kode())
        .map(
            l ->
                new LaporanGeraiLembar(geraiId, g.nama(), l.ringkas(hari), isian, terdaftar, false))
        .orElseGet(
            () -> {
              LaporanGerai l = LaporanGerai.mulai(geraiId, p, tenggat(p), isian, hari, "-");
              return new LaporanGeraiLembar(
                  geraiId, g.nama(), l.ringkas(hari), isian, terdaftar, true);
            });
  }

  /** Saves the counts and note of a report, starting it when needed. */
  @PreAuthorize(PENGISI)
  public LaporanGeraiRingkas simpan(
      long geraiId, String kode, LaporanGeraiAngka angka, String catatan, Cakupan c, String oleh) {
    gerai.gerai(geraiId, c);
    Periode p = periode(kode);
    LocalDate hari = hariIni();
    LaporanGerai l = muatAtauMulai(geraiId, p, hari, oleh);
    LaporanGeraiRingkas sebelum = l.id() == null ? null : l.ringkas(hari);
    l.isi(angka, catatan, anggota.terdaftar(geraiId, p), hari);
    return simpan(l, sebelum == null ? "BUAT" : "UBAH", sebelum, hari);
  }

  /** Submits a saved report. */
  @PreAuthorize(PENGISI)
  public LaporanGeraiRingkas kirim(long geraiId, String kode, Cakupan c) {
    LaporanGerai l = muat(geraiId, kode, c);
    LocalDate hari = hariIni();
    LaporanGeraiRingkas sebelum = l.ringkas(hari);
    l.kirim(anggota.terdaftar(geraiId, periode(kode)), hari, sekarang());
    return simpan(l, "KIRIM", sebelum, hari);
  }

  @PreAuthorize(STAF)
  public LaporanGeraiRingkas setujui(long geraiId, String kode, Cakupan c, String oleh) {
    LaporanGerai l = muat(geraiId, kode, c);
    LocalDate hari = hariIni();
    LaporanGeraiRingkas sebelum = l.ringkas(hari);
    l.setujui(oleh, sekarang());
    return simpan(l, "SETUJUI", sebelum, hari);
  }

  @PreAuthorize(STAF)
  public LaporanGeraiRingkas kembalikan(
      long geraiId, String kode, String alasan, Cakupan c, String oleh) {
    LaporanGerai l = muat(geraiId, kode, c);
    LocalDate hari = hariIni();
    LaporanGeraiRingkas sebelum = l.ringkas(hari);
    l.kembalikan(alasan, oleh, sekarang(), hari);
    return simpan(l, "KEMBALIKAN", sebelum, hari);
  }

  /** Reopens a locked, submitted or approved report; the reason stays in the trail. */
  @PreAuthorize(STAF)
  public LaporanGeraiRingkas bukaKembali(
      long geraiId, String kode, String alasan, Cakupan c, String oleh) {
    gerai.gerai(geraiId, c);
    Periode p = periode(kode);
    LocalDate hari = hariIni();
    LaporanGerai l = muatAtauMulai(geraiId, p, hari, oleh);
    LaporanGeraiRingkas sebelum = l.id() == null ? null : l.ringkas(hari);
    l.bukaKembali(alasan, hari);
    return simpan(l, "BUKA_KEMBALI", sebelum, hari);
  }

  /** Reporting rate and timeliness of a period for the gerai the scope reaches. */
  @Transactional(readOnly = true)
  public LaporanGeraiTingkat tingkat(String kode, Cakupan cakupan) {
    Periode p = kode == null || kode.isBlank() ? periodeLalu() : periode(kode);
    return pencarian.tingkat(p, tenggat(p), cakupan, hariIni());
  }

  private LaporanGerai muat(long geraiId, String kode, Cakupan c) {
    gerai.gerai(geraiId, c);
    return repo.findByGeraiIdAndPeriode(geraiId, periode(kode).kode())
        .orElseThrow(() -> new TidakDitemukan("laporan.tidak-ditemukan", kode));
  }

  private LaporanGerai muatAtauMulai(long geraiId, Periode p, LocalDate hari, String oleh) {
    return repo.findByGeraiIdAndPeriode(geraiId, p.kode())
        .orElseGet(
            () -> LaporanGerai.mulai(geraiId, p, tenggat(p), prasi.isian(geraiId, p), hari, oleh));
  }

  private LaporanGeraiRingkas simpan(
      LaporanGerai l, String aksi, LaporanGeraiRingkas sebelum, LocalDate hari) {
    LaporanGerai tersimpan = repo.save(l);
    LaporanGeraiRingkas sesudah = tersimpan.ringkas(hari);
    events.publishEvent(
        new Jejak(
            aksi, LaporanGerai.JENIS_JEJAK, String.valueOf(tersimpan.id()), sebelum, sesudah));
    return sesudah;
  }

  private LocalDate tenggat(Periode p) {
    return p.tenggat(properties.hariTenggat());
  }

  private Instant sekarang() {
    return jam.getIfAvailable(Clock::systemUTC).instant();
  }
}

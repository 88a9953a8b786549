package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.TidakDitemukan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RAT records and compliance: a cooperative's meetings with their deadlines, entering and verifying
 * one, and the lists of cooperatives late, overdue, or two fiscal years in a row without a RAT.
 * Scoped like the register.
 */
@Service
@Transactional(readOnly = true)
public class RatService {

  private final KoperasiService koperasi;
  private final RatRepository repo;
  private final PencarianRat pencarian;
  private final PencarianKoperasi pencarianKoperasi;
  private final RatProperties properties;
  private final ApplicationEventPublisher events;

  RatService(
      KoperasiService koperasi,
      RatRepository repo,
      PencarianRat pencarian,
      PencarianKoperasi pencarianKoperasi,
      RatProperties properties,
      ApplicationEventPublisher events) {
    this.koperasi = koperasi;
    this.repo = repo;
    this.pencarian = pencarian;
    this.pencarianKoperasi = pencarianKoperasi;
    this.properties = properties;
    this.events = events;
  }

  public LocalDate hariIni() {
    return properties.hariIni();
  }

  /**
   * The cooperative's RAT by fiscal year, newest first: every year with a record, plus the years
   * the rule expects now (the last two past their deadline and the current season's).
   */
  public List<RatRingkas> daftar(long koperasiId, Cakupan cakupan) {
    Koperasi k = koperasi.muat(koperasiId, cakupan);
    KoperasiRekaman data = k.rekaman();
    KepatuhanRat aturan = properties.aturan();
    LocalDate hariIni = hariIni();
    Map<Integer, RatRekaman> ada = new HashMap<>();
    pencarian.untuk(koperasiId).forEach(r -> ada.put(r.tahunBuku(), r));
    TreeSet<Integer> tahun = new TreeSet<>(ada.keySet());
    int terakhir = aturan.tahunTerakhirJatuhTempo(data.bentuk(), hariIni);
    for (int t = terakhir - 1; t <= hariIni.getYear() - 1; t++) {
      if (data.tanggalBerdiri() == null || data.tanggalBerdiri().getYear() <= t) {
        tahun.add(t);
      }
    }
    List<RatRingkas> hasil = new ArrayList<>();
    for (int t : tahun.descendingSet()) {
      RatRekaman r = ada.get(t);
      LocalDate tanggal = r == null ? null : r.tanggal();
      StatusRat s = aturan.status(data.bentuk(), t, tanggal, data.tanggalBerdiri(), hariIni);
      hasil.add(
          new RatRingkas(
              t,
              aturan.batas(data.bentuk(), t),
              tanggal,
              r == null ? null : r.anggotaHadir(),
              r == null ? null : r.kuorum(),
              r == null ? null : r.laporanDisahkan(),
              r == null ? null : r.notulenNama(),
              r == null ? null : r.statusVerifikasi(),
              s));
    }
    return hasil;
  }

  /** Records (or corrects) a fiscal year's RAT; staff's entries start verified, others' not. */
  @Transactional
  @PreAuthorize(KoperasiPeran.PENGUBAH)
  public void catat(long koperasiId, CatatRat c, Cakupan cakupan) {
    koperasi.muat(koperasiId, cakupan);
    Optional<Rat> lama = repo.cari(koperasiId, c.tahunBuku());
    Rat r = lama.orElseGet(() -> Rat.baru(koperasiId, c.tahunBuku()));
    RatRekaman sebelum = lama.map(Rat::rekaman).orElse(null);
    r.catat(c, KoperasiPeran.nama(), KoperasiPeran.staf());
    r = repo.save(r);
    events.publishEvent(
        new Jejak(
            sebelum == null ? "BUAT" : "UBAH",
            Rat.JENIS_JEJAK,
            String.valueOf(r.id()),
            sebelum,
            r.rekaman()));
  }

  @Transactional
  @PreAuthorize(KoperasiPeran.STAF)
  public void verifikasi(long koperasiId, int tahunBuku, Cakupan cakupan) {
    koperasi.muat(koperasiId, cakupan);
    Rat r =
        repo.cari(koperasiId, tahunBuku)
            .orElseThrow(
                () ->
                    new TidakDitemukan("koperasi.rat.tidak-ditemukan", String.valueOf(tahunBuku)));
    RatRekaman sebelum = r.rekaman();
    r.verifikasi(KoperasiPeran.nama());
    repo.save(r);
    events.publishEvent(
        new Jejak("VERIFIKASI", Rat.JENIS_JEJAK, String.valueOf(r.id()), sebelum, r.rekaman()));
  }

  /**
   * Cooperatives in scope with a RAT problem for fiscal year {@code tahunBuku} (null: last year):
   * only those with {@code masalah} (null: any of the three).
   */
  public Halaman<KepatuhanKoperasi> kepatuhan(
      Integer tahunBuku, MasalahRat masalah, Cakupan cakupan, Integer halaman, Integer ukuran) {
    return kepatuhan(tahunBuku, masalah, cakupan, halaman, ukuran, hariIni());
  }

  /** As {@link #kepatuhan(Integer, MasalahRat, Cakupan, Integer, Integer)}, seen on a given day. */
  Halaman<KepatuhanKoperasi> kepatuhan(
      Integer tahunBuku,
      MasalahRat masalah,
      Cakupan cakupan,
      Integer halaman,
      Integer ukuran,
      LocalDate hariIni) {
    int tahun = tahunBuku == null ? hariIni.getYear() - 1 : tahunBuku;
    KepatuhanRat aturan = properties.aturan();
    int dari = Math.min(tahun, hariIni.getYear() - 3);
    Map<Long, Map<Integer, LocalDate>> diadakan =
        pencarian.diadakan(cakupan, dari).stream()
            .collect(
                Collectors.groupingBy(
                    PencarianRat.Diadakan::koperasiId,
                    Collectors.toMap(
                        PencarianRat.Diadakan::tahunBuku, PencarianRat.Diadakan::tanggal)));
    List<KepatuhanKoperasi> semua = new ArrayList<>();
    for (PencarianRat.Dasar k : pencarian.koperasi(cakupan)) {
      Map<Integer, LocalDate> rat = diadakan.getOrDefault(k.id(), Map.of());
      StatusRat s = aturan.status(k.bentuk(), tahun, rat.get(tahun), k.tanggalBerdiri(), hariIni);
      Optional<KepatuhanRat.DuaTahunTanpaRat> dua =
          aturan.duaTahunTanpaRat(k.bentuk(), rat.keySet(), k.tanggalBerdiri(), hariIni);
      boolean cocok =
          masalah == null
              ? s == StatusRat.TERLAMBAT || s == StatusRat.LEWAT_BATAS || dua.isPresent()
              : switch (masalah) {
                case TERLAMBAT -> s == StatusRat.TERLAMBAT;
                case LEWAT_BATAS -> s == StatusRat.LEWAT_BATAS;
                case DUA_TAHUN_TANPA_RAT -> dua.isPresent();
              };
      if (cocok) {
        semua.add(
            new KepatuhanKoperasi(
                k.id(),
                k.nama(),
                k.bentuk(),
                k.kodeWilayah(),
                pencarianKoperasi.namaWilayah(k.kodeWilayah()),
                tahun,
                aturan.batas(k.bentuk(), tahun),
                rat.get(tahun),
                s,
                dua.isPresent(),
                dua.map(KepatuhanRat.DuaTahunTanpaRat::tahunKedua).orElse(null),
                dua.map(KepatuhanRat.DuaTahunTanpaRat::batasKedua).orElse(null)));
      }
    }
    int u = Halaman.ukuranAman(ukuran);
    int n = halaman == null ? 0 : Math.max(0, halaman);
    int mulai = (int) Math.min((long) n * u, semua.size());
    List<KepatuhanKoperasi> isi = semua.subList(mulai, Math.min(mulai + u, semua.size()));
    return new Halaman<>(List.copyOf(isi), n, u, semua.size());
  }
}

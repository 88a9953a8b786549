package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative's financial statements by fiscal year. Reads and writes reach only cooperatives in
 * the caller's scope (404 otherwise). Statements recorded by Dinkop staff are verified; a
 * cooperative officer's stay unverified until staff verify them, and any later change by the
 * officer makes them unverified again. Every change leaves a trail and recomputes the year's
 * assessment.
 */
@Service
@Transactional(readOnly = true)
public class LaporanKeuanganService {

  public static final String BOLEH_CATAT =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_KOPERASI')";
  public static final String BOLEH_VERIFIKASI = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";
  static final String JENIS = "LAPORAN_KEUANGAN";
  static final int TAHUN_PALING_AWAL = 1990;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final KesehatanKoperasiPencarian koperasi;
  private final LaporanKeuanganPenyimpanan simpanan;
  private final ApplicationEventPublisher events;

  LaporanKeuanganService(
      KesehatanKoperasiPencarian koperasi,
      LaporanKeuanganPenyimpanan simpanan,
      ApplicationEventPublisher events) {
    this.koperasi = koperasi;
    this.simpanan = simpanan;
    this.events = events;
  }

  /** The cooperative, when the caller's scope reaches it (404 otherwise). */
  public KesehatanKoperasi koperasi(long koperasiId, Cakupan cakupan) {
    return koperasi.dalamCakupan(koperasiId, cakupan);
  }

  public Optional<LaporanKeuangan> baca(long koperasiId, int tahun, Cakupan cakupan) {
    koperasi.dalamCakupan(koperasiId, cakupan);
    return simpanan.baca(koperasiId, tahun);
  }

  public List<LaporanKeuangan> semua(long koperasiId, Cakupan cakupan) {
    koperasi.dalamCakupan(koperasiId, cakupan);
    return simpanan.semua(koperasiId);
  }

  /** Records or replaces a year's statements (figure name → amount; absent or null is blank). */
  @Transactional
  @PreAuthorize(BOLEH_CATAT)
  public LaporanKeuangan catat(
      long koperasiId,
      int tahun,
      Map<String, BigDecimal> angka,
      Cakupan cakupan,
      LaporanKeuanganPencatat pencatat) {
    koperasi.dalamCakupan(koperasiId, cakupan);
    OffsetDateTime kini = OffsetDateTime.now(WIB);
    periksaTahun(tahun, kini);
    List<LaporanKeuanganGalat> galat = LaporanKeuanganPeriksa.periksa(angka);
    if (!galat.isEmpty()) {
      throw new LaporanKeuanganTidakSah(galat);
    }
    koperasi.kunci(koperasiId);
    Optional<LaporanKeuangan> lama = simpanan.baca(koperasiId, tahun);
    Map<String, BigDecimal> semua = LaporanKeuangan.kosong();
    angka.forEach(semua::put);
    LaporanKeuangan baru =
        new LaporanKeuangan(
            koperasiId,
            tahun,
            Collections.unmodifiableMap(semua),
            pencatat.staf()
                ? LaporanKeuangan.StatusVerifikasi.TERVERIFIKASI
                : LaporanKeuangan.StatusVerifikasi.BELUM,
            pencatat.nama(),
            kini,
            pencatat.staf() ? pencatat.nama() : null,
            pencatat.staf() ? kini : null,
            lama.map(l -> l.versi() + 1).orElse(0));
    simpanan.simpan(baru, lama.isEmpty());
    String id = koperasiId + "/" + tahun;
    events.publishEvent(
        lama.isEmpty() ? Jejak.dibuat(JENIS, id, baru) : Jejak.diubah(JENIS, id, lama.get(), baru));
    events.publishEvent(new LaporanKeuanganDicatat(koperasiId, tahun));
    return baru;
  }

  /** Dinkop staff confirm an officer's statements. */
  @Transactional
  @PreAuthorize(BOLEH_VERIFIKASI)
  public LaporanKeuangan verifikasi(long koperasiId, int tahun, Cakupan cakupan, String oleh) {
    koperasi.dalamCakupan(koperasiId, cakupan);
    koperasi.kunci(koperasiId);
    LaporanKeuangan lama =
        simpanan
            .baca(koperasiId, tahun)
            .orElseThrow(
                () ->
                    new TidakDitemukan(
                        "koperasi.kesehatan.laporan.tidak-ditemukan", String.valueOf(tahun)));
    OffsetDateTime kini = OffsetDateTime.now(WIB);
    LaporanKeuangan baru =
        new LaporanKeuangan(
            koperasiId,
            tahun,
            lama.angka(),
            LaporanKeuangan.StatusVerifikasi.TERVERIFIKASI,
            lama.dicatatOleh(),
            lama.dicatatPada(),
            oleh,
            kini,
            lama.versi() + 1);
    simpanan.simpan(baru, false);
    events.publishEvent(new Jejak("VERIFIKASI", JENIS, koperasiId + "/" + tahun, lama, baru));
    return baru;
  }

  static void periksaTahun(int tahun, OffsetDateTime kini) {
    int tahunIni = Year.from(kini).getValue();
    if (tahun < TAHUN_PALING_AWAL || tahun > tahunIni) {
      throw new MasukanTidakSah(
          "koperasi.kesehatan.tahun.tidak-sah",
          String.valueOf(TAHUN_PALING_AWAL),
          String.valueOf(tahunIni));
    }
  }
}

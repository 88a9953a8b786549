package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A business's yearly figures, the size classes they give (by {@link KlasifikasiUsaha}) and its
 * naik kelas events. Reads and writes reach only businesses inside the caller's scope (404
 * otherwise); every change leaves a trail.
 */
@Service
@Transactional(readOnly = true)
public class AngkaTahunanService {

  /** Dinkop staff and gerai officers record verified or reported figures; an actor its own. */
  public static final String BOLEH_CATAT =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PELAKU_USAHA')";

  static final String JENIS_ANGKA = "ANGKA_TAHUNAN";
  static final String JENIS_NAIK_KELAS = "NAIK_KELAS";
  static final int TAHUN_PALING_AWAL = 1990;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final AngkaTahunanPenyimpanan simpanan;
  private final ApplicationEventPublisher events;

  AngkaTahunanService(AngkaTahunanPenyimpanan simpanan, ApplicationEventPublisher events) {
    this.simpanan = simpanan;
    this.events = events;
  }

  /** The years with figures and classes, oldest first, and the class changes between them. */
  public RiwayatKelas riwayat(long usahaId, Cakupan cakupan) {
    String nama = namaUsaha(usahaId, cakupan);
    return new RiwayatKelas(usahaId, nama, simpanan.semua(usahaId), simpanan.perubahan(usahaId));
  }

  /**
   * Records or replaces a year's figures, classes them by the rule of that year and rebuilds the
   * business's class changes from all its years.
   */
  @Transactional
  @PreAuthorize(BOLEH_CATAT)
  public RiwayatKelas catat(
      long usahaId, CatatAngkaTahunan cmd, Cakupan cakupan, AngkaTahunanPencatat pencatat) {
    namaUsaha(usahaId, cakupan);
    simpanan.kunci(usahaId);
    AngkaTahunan baru = hitung(cmd, pencatat, OffsetDateTime.now(WIB));
    List<AngkaTahunan> sebelum = simpanan.semua(usahaId);
    AngkaTahunan lama =
        sebelum.stream().filter(a -> a.tahun() == baru.tahun()).findFirst().orElse(null);
    simpanan.simpan(usahaId, baru);
    String id = usahaId + "/" + baru.tahun();
    events.publishEvent(
        lama == null
            ? Jejak.dibuat(JENIS_ANGKA, id, baru)
            : Jejak.diubah(JENIS_ANGKA, id, lama, baru));
    susunUlangPerubahan(usahaId, baru.dicatatPada());
    return riwayat(usahaId, cakupan);
  }

  private void susunUlangPerubahan(long usahaId, OffsetDateTime pada) {
    AngkaTahunanPenyimpanan.Susunan s = simpanan.susunUlang(usahaId, pada);
    if (!NaikKelas.sama(s.lama(), s.baru())) {
      events.publishEvent(
          new Jejak("SUSUN_ULANG", JENIS_NAIK_KELAS, String.valueOf(usahaId), s.lama(), s.baru()));
    }
  }

  private static AngkaTahunan hitung(
      CatatAngkaTahunan cmd, AngkaTahunanPencatat pencatat, OffsetDateTime pada) {
    int tahun = periksaTahun(cmd.tahun(), pada);
    if (cmd.omzetTahunan() == null) {
      throw new MasukanTidakSah("umkm.kelas.omzet.wajib");
    }
    if (cmd.tenagaKerja() != null && cmd.tenagaKerja() < 0) {
      throw new MasukanTidakSah("umkm.kelas.negatif");
    }
    HasilKlasifikasi h =
        KlasifikasiUsaha.klasifikasi(
            tahun, cmd.omzetTahunan(), cmd.modalUsaha(), cmd.kekayaanBersih());
    return new AngkaTahunan(
        tahun,
        cmd.omzetTahunan(),
        cmd.modalUsaha(),
        cmd.kekayaanBersih(),
        cmd.tenagaKerja(),
        sumber(cmd.sumber(), pencatat),
        h.kelasOmzet(),
        h.kelasModal(),
        h.dasar(),
        h.dasar().nama(),
        pencatat.nama(),
        pada);
  }

  private static int periksaTahun(Integer tahun, OffsetDateTime pada) {
    int tahunIni = Year.from(pada).getValue();
    if (tahun == null || tahun < TAHUN_PALING_AWAL || tahun > tahunIni) {
      throw new MasukanTidakSah(
          "umkm.kelas.tahun.tidak-sah",
          String.valueOf(TAHUN_PALING_AWAL),
          String.valueOf(tahunIni));
    }
    return tahun;
  }

  /** Officers record verified figures or a report's; a business actor's are self-reported. */
  private static AngkaTahunan.Sumber sumber(
      AngkaTahunan.Sumber diminta, AngkaTahunanPencatat pencatat) {
    if (!pencatat.petugas()) {
      return AngkaTahunan.Sumber.MANDIRI;
    }
    if (diminta == AngkaTahunan.Sumber.MANDIRI) {
      throw new MasukanTidakSah("umkm.kelas.sumber.petugas");
    }
    return diminta == null ? AngkaTahunan.Sumber.TERVERIFIKASI : diminta;
  }

  private String namaUsaha(long usahaId, Cakupan cakupan) {
    return simpanan
        .namaUsaha(usahaId, cakupan)
        .orElseThrow(
            () -> new TidakDitemukan("umkm.kelas.usaha-tidak-ditemukan", String.valueOf(usahaId)));
  }
}

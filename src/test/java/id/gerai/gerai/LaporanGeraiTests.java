package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.MasukanTidakSah;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report's own rules and workflow, without a database: each boundary walked. */
class LaporanGeraiTests {

  static final Periode OKTOBER = Periode.dari("2026-10", 1);
  static final LocalDate TENGGAT = OKTOBER.tenggat(10);
  static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);
  static final LaporanGeraiAngka ISI = new LaporanGeraiAngka(2, 8, 3, 1, 4, 1, 2, 1);

  static LaporanGerai baru() {
    return LaporanGerai.mulai(1L, OKTOBER, TENGGAT, LaporanGeraiAngka.NOL, NOV_5, "uji");
  }

  static String kode(Runnable r) {
    try {
      r.run();
    } catch (MasukanTidakSah e) {
      return e.kodePesan();
    }
    return null;
  }

  @Test
  void periodsAreWholeMonthsAlignedOnTheYear() {
    assertThat(OKTOBER.mulai()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(OKTOBER.selesai()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(TENGGAT).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(Periode.memuat(LocalDate.of(2026, 1, 1), 1).sebelumnya(1).kode())
        .isEqualTo("2025-12");
    Periode triwulan = Periode.memuat(LocalDate.of(2026, 5, 20), 3);
    assertThat(triwulan.kode()).isEqualTo("2026-04");
    assertThat(triwulan.selesai()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(kode(() -> Periode.dari("2026-05", 3))).isEqualTo("laporan.periode.tidak-sah");
    assertThat(kode(() -> Periode.dari("Oktober", 1))).isEqualTo("laporan.periode.tidak-sah");
    assertThat(kode(() -> Periode.dari(null, 1))).isEqualTo("laporan.periode.tidak-sah");
  }

  @Test
  void aPeriodThatHasNotStartedCannotBeReported() {
    Periode desember = Periode.dari("2026-12", 1);
    assertThat(
            kode(
                () ->
                    LaporanGerai.mulai(
                        1L, desember, desember.tenggat(10), null, LocalDate.of(2026, 11, 30), "u")))
        .isEqualTo("laporan.ditolak.periode-belum-mulai");
    // the first day of the period may already be reported on
    assertThat(LaporanGerai.mulai(1L, desember, desember.tenggat(10), null, desember.mulai(), "u"))
        .isNotNull();
  }

  @Test
  void membersPresentCannotExceedRegisteredMembers() {
    LaporanGerai l = baru();
    l.isi(ISI, null, 8, NOV_5);
    assertThat(l.angka().anggotaHadir()).isEqualTo(8);
    assertThatThrownBy(() -> l.isi(ISI, null, 7, NOV_5))
        .isInstanceOfSatisfying(
            GeraiDitolak.class,
            e -> {
              assertThat(e.kodePesan()).isEqualTo("laporan.ditolak.hadir-melebihi");
              assertThat(e.bidang()).isEqualTo("anggotaHadir");
              assertThat(e.argumen()).containsExactly(8, 7L);
            });
  }

  @Test
  void countsCannotBeNegative() {
    LaporanGeraiAngka negatif = new LaporanGeraiAngka(0, 0, 0, 0, 0, -1, 0, 0);
    assertThatThrownBy(() -> baru().isi(negatif, null, 10, NOV_5))
        .isInstanceOfSatisfying(
            GeraiDitolak.class,
            e -> {
              assertThat(e.kodePesan()).isEqualTo("laporan.ditolak.negatif");
              assertThat(e.bidang()).isEqualTo("layananIzin");
            });
  }

  @Test
  void anEmptyReportCannotBeSubmittedButANoteAloneIsEnough() {
    LaporanGerai l = baru();
    l.isi(LaporanGeraiAngka.NOL, "   ", 0, NOV_5);
    assertThat(kode(() -> l.kirim(0, NOV_5, Instant.now()))).isEqualTo("laporan.ditolak.kosong");
    l.isi(LaporanGeraiAngka.NOL, "Gerai tutup sebulan karena banjir", 0, NOV_5);
    l.kirim(0, NOV_5, Instant.now());
    assertThat(l.status()).isEqualTo(LaporanGeraiStatus.DIKIRIM);
  }

  @Test
  void theWorkflowGoesDraftSubmittedApprovedAndRefusesIllegalSteps() {
    LaporanGerai l = baru();
    assertThat(kode(() -> l.setujui("staf", Instant.now()))).isEqualTo("laporan.ditolak.setujui");
    assertThat(kode(() -> l.kembalikan("x", "staf", Instant.now(), NOV_5)))
        .isEqualTo("laporan.ditolak.kembalikan");
    l.isi(ISI, null, 10, NOV_5);
    l.kirim(10, NOV_5, Instant.now());
    assertThat(kode(() -> l.kirim(10, NOV_5, Instant.now()))).isEqualTo("laporan.ditolak.kirim");
    assertThat(kode(() -> l.isi(ISI, null, 10, NOV_5))).isEqualTo("laporan.ditolak.ubah");
    l.setujui("staf", Instant.now());
    assertThat(l.status()).isEqualTo(LaporanGeraiStatus.DISETUJUI);
    assertThat(kode(() -> l.setujui("staf", Instant.now()))).isEqualTo("laporan.ditolak.setujui");
    assertThat(kode(() -> l.kembalikan("x", "staf", Instant.now(), NOV_5)))
        .isEqualTo("laporan.ditolak.kembalikan");
    assertThat(l.ringkas(NOV_5).tepatWaktu()).isTrue();
  }

  @Test
  void aReturnedReportNeedsAReasonAndCanBeCorrectedAndResubmitted() {
    LaporanGerai l = baru();
    l.isi(ISI, null, 10, NOV_5);
    l.kirim(10, NOV_5, Instant.now());
    assertThat(kode(() -> l.kembalikan(" ", "staf", Instant.now(), NOV_5)))
        .isEqualTo("laporan.ditolak.alasan-wajib");
    l.kembalikan("Jumlah hadir tidak cocok dengan daftar hadir", "staf", Instant.now(), NOV_5);
    assertThat(l.status()).isEqualTo(LaporanGeraiStatus.DIKEMBALIKAN);
    l.isi(ISI, "diperbaiki", 10, NOV_5);
    l.kirim(10, LocalDate.of(2026, 11, 7), Instant.now());
    assertThat(l.ringkas(NOV_5).pertamaDikirim()).isEqualTo(NOV_5);
  }

  @Test
  void aDraftLocksTheDayAfterItsDeadline() {
    LaporanGerai l = baru();
    l.isi(ISI, null, 10, TENGGAT);
    assertThat(l.terkunci(TENGGAT)).isFalse();
    LocalDate lewat = TENGGAT.plusDays(1);
    assertThat(l.terkunci(lewat)).isTrue();
    assertThat(kode(() -> l.isi(ISI, null, 10, lewat))).isEqualTo("laporan.ditolak.terkunci");
    assertThat(kode(() -> l.kirim(10, lewat, Instant.now()))).isEqualTo("laporan.ditolak.terkunci");
  }

  @Test
  void reopeningNeedsAReasonAndALockedOrDecidedReport() {
    LaporanGerai l = baru();
    assertThat(kode(() -> l.bukaKembali("alasan", NOV_5)))
        .isEqualTo("laporan.ditolak.tidak-terkunci");
    LocalDate lewat = TENGGAT.plusDays(3);
    assertThat(kode(() -> l.bukaKembali("", lewat))).isEqualTo("laporan.ditolak.alasan-wajib");
    l.bukaKembali("Ketua gerai sakit, laporan disusulkan", lewat);
    assertThat(l.terkunci(lewat)).isFalse();
    l.isi(ISI, null, 10, lewat);
    l.kirim(10, lewat, Instant.now());
    LaporanGeraiRingkas r = l.ringkas(lewat);
    assertThat(r.tepatWaktu()).isFalse();
    assertThat(r.pertamaDikirim()).isEqualTo(lewat);
    // an approved report can be reopened too, and goes back to draft
    l.setujui("staf", Instant.now());
    l.bukaKembali("Salah ketik jumlah NIB", lewat.plusDays(1));
    assertThat(l.status()).isEqualTo(LaporanGeraiStatus.DRAF);
  }

  @Test
  void prefillAddsContributionsAndZeroIsEmpty() {
    assertThat(LaporanGeraiAngka.NOL.nol()).isTrue();
    assertThat(ISI.tambah(ISI).jumlahPertemuan()).isEqualTo(4);
    assertThat(ISI.tambah(null)).isEqualTo(ISI);
    LaporanGeraiPrasi tanpa =
        new LaporanGeraiPrasi(
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(IsianLaporanGerai.class));
    assertThat(tanpa.isian(1L, OKTOBER)).isEqualTo(LaporanGeraiAngka.NOL);
  }
}

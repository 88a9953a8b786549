package id.gerai.konsultasi;

import static id.gerai.konsultasi.StatusKonsultasi.BARU;
import static id.gerai.konsultasi.StatusKonsultasi.DIPROSES;
import static id.gerai.konsultasi.StatusKonsultasi.DITUGASKAN;
import static id.gerai.konsultasi.StatusKonsultasi.DITUTUP;
import static id.gerai.konsultasi.StatusKonsultasi.MENUNGGU_PELAKU;
import static id.gerai.konsultasi.StatusKonsultasi.SELESAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transition table, move by move: every allowed move succeeds on the case, every other move is
 * refused with {@code konsultasi.status.ditolak} and leaves the case as it was.
 */
class AlurStatusTests {

  static final Instant KINI = Instant.parse("2026-11-02T03:00:00Z");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "BARU, DITUGASKAN",
    "BARU, DITUTUP",
    "DITUGASKAN, DIPROSES",
    "DITUGASKAN, SELESAI",
    "DITUGASKAN, DITUTUP",
    "DIPROSES, MENUNGGU_PELAKU",
    "DIPROSES, SELESAI",
    "DIPROSES, DITUTUP",
    "MENUNGGU_PELAKU, DIPROSES",
    "MENUNGGU_PELAKU, SELESAI",
    "MENUNGGU_PELAKU, DITUTUP",
    "SELESAI, DIPROSES",
    "SELESAI, DITUTUP"
  })
  void allowedMovesSucceed(StatusKonsultasi dari, StatusKonsultasi ke) {
    assertThat(AlurStatus.boleh(dari, ke)).isTrue();
    Konsultasi k = kasusDi(dari);
    if (dari == BARU && ke == DITUGASKAN) {
      // a new case becomes assigned by being routed to someone
      k.tugaskan(new Tugaskan(null, null, PeranTujuan.PENGURUS_FORUM), KINI);
    } else {
      k.ubahStatus(ke, "Solusi: daftar lewat OSS.", KINI);
    }
    assertThat(k.status()).isEqualTo(ke);
  }

  @ParameterizedTest(name = "from {0}")
  @EnumSource(StatusKonsultasi.class)
  void everyOtherMoveIsRefusedAndChangesNothing(StatusKonsultasi dari) {
    Set<StatusKonsultasi> ditolak = EnumSet.allOf(StatusKonsultasi.class);
    ditolak.removeAll(AlurStatus.berikutnya(dari));
    for (StatusKonsultasi ke : ditolak) {
      assertThat(AlurStatus.boleh(dari, ke)).as("%s -> %s", dari, ke).isFalse();
      Konsultasi k = kasusDi(dari);
      assertThatThrownBy(() -> k.ubahStatus(ke, "x", KINI))
          .isInstanceOf(TransisiDitolak.class)
          .hasMessage("konsultasi.status.ditolak");
      assertThat(k.status()).isEqualTo(dari);
    }
  }

  @Test
  void theRefusedSetIncludesTheMovesPeopleTry() {
    assertThat(AlurStatus.boleh(BARU, SELESAI)).isFalse();
    assertThat(AlurStatus.boleh(BARU, DIPROSES)).isFalse();
    assertThat(AlurStatus.boleh(BARU, MENUNGGU_PELAKU)).isFalse();
    assertThat(AlurStatus.boleh(DITUGASKAN, MENUNGGU_PELAKU)).isFalse();
    assertThat(AlurStatus.boleh(DITUTUP, DIPROSES)).isFalse();
    assertThat(AlurStatus.boleh(SELESAI, BARU)).isFalse();
    assertThat(AlurStatus.berikutnya(DITUTUP)).isEmpty();
  }

  @Test
  void solvingNeedsAWrittenSolutionAndStripsPersonalDataFromIt() {
    Konsultasi k = kasusDi(DIPROSES);
    assertThatThrownBy(() -> k.ubahStatus(SELESAI, "  ", KINI))
        .hasMessage("konsultasi.solusi.wajib");
    assertThat(k.status()).isEqualTo(DIPROSES);
    k.ubahStatus(SELESAI, "Telepon 0812-3456-7890 di Warung Sumber Rejeki.", KINI);
    KonsultasiDetail d = k.detail(KINI, List.of(), List.of(), List.of());
    assertThat(d.selesaiPada()).isNotNull();
    assertThat(d.solusi()).contains("0812-3456-7890");
    assertThat(k.pengetahuanSolusi()).isEqualTo("Telepon [telepon] di [nama].");
  }

  @Test
  void assigningByHandOnlyMovesANewCaseAndNeverAClosedOne() {
    Konsultasi k = kasusDi(BARU);
    assertThatThrownBy(() -> k.ubahStatus(DITUGASKAN, null, KINI))
        .hasMessage("konsultasi.tugaskan.wajib");
    k.tugaskan(new Tugaskan(null, null, PeranTujuan.STAF_DINAS), KINI);
    assertThat(k.status()).isEqualTo(DITUGASKAN);
    k.ubahStatus(DIPROSES, null, KINI);
    k.tugaskan(new Tugaskan(5L, "Pak Budi", PeranTujuan.PENDAMPING), KINI);
    assertThat(k.status()).isEqualTo(DIPROSES);
    k.ubahStatus(DITUTUP, null, KINI);
    assertThatThrownBy(() -> k.tugaskan(new Tugaskan(null, null, PeranTujuan.STAF_DINAS), KINI))
        .isInstanceOf(TransisiDitolak.class);
  }

  @Test
  void theBusinessAnsweringPutsAWaitingCaseBackInProgressAndOnlyHelpersStopTheResponseClock() {
    Konsultasi k = kasusDi(MENUNGGU_PELAKU);
    k.catatTanggapan(true, KINI);
    assertThat(k.status()).isEqualTo(DIPROSES);
    assertThat(k.detail(KINI, List.of(), List.of(), List.of()).tanggapanPertamaPada()).isNull();
    k.catatTanggapan(false, KINI);
    assertThat(k.detail(KINI, List.of(), List.of(), List.of()).tanggapanPertamaPada()).isNotNull();
    k.ubahStatus(DITUTUP, null, KINI);
    assertThatThrownBy(() -> k.catatTanggapan(true, KINI))
        .hasMessage("konsultasi.tanggapan.ditutup");
  }

  /** A case brought to the state {@code s} through allowed moves only. */
  static Konsultasi kasusDi(StatusKonsultasi s) {
    Konsultasi k =
        Konsultasi.buka(
            new SubjekKasus(1L, null, "Warung Sumber Rejeki", "33.74.01.1007", 3L, null, List.of()),
            new BukaKonsultasi(1L, KategoriMasalah.MODAL, "Butuh modal untuk etalase.", null),
            new Pembuka(
                Saluran.DINAS,
                "staf",
                1L,
                KINI,
                "2026-11",
                KINI.plus(1, ChronoUnit.DAYS),
                KINI.plus(7, ChronoUnit.DAYS)));
    List<StatusKonsultasi> jalan =
        switch (s) {
          case BARU -> List.of();
          case DITUGASKAN -> List.of(DITUGASKAN);
          case DIPROSES -> List.of(DITUGASKAN, DIPROSES);
          case MENUNGGU_PELAKU -> List.of(DITUGASKAN, DIPROSES, MENUNGGU_PELAKU);
          case SELESAI -> List.of(DITUGASKAN, SELESAI);
          case DITUTUP -> List.of(DITUTUP);
        };
    for (StatusKonsultasi langkah : jalan) {
      if (langkah == DITUGASKAN) {
        k.tugaskan(new Tugaskan(null, null, PeranTujuan.STAF_DINAS), KINI);
      } else {
        k.ubahStatus(langkah, "Solusi tertulis.", KINI);
      }
    }
    assertThat(k.status()).isEqualTo(s);
    return k;
  }
}

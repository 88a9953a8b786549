package id.gerai.koperasi;

import static id.gerai.koperasi.BentukKoperasi.PRIMER;
import static id.gerai.koperasi.BentukKoperasi.SEKUNDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The RAT deadline rule at each boundary (DOMAIN.md 3): a primary cooperative by 31 March after the
 * fiscal year, a secondary one by 30 June; the deadline day itself is on time.
 */
class KepatuhanRatTests {

  private final KepatuhanRat aturan = new KepatuhanRat(3, 6);

  @Test
  void deadlinesAreTheEndOfMarchAndOfJuneOfTheNextYear() {
    assertThat(aturan.batas(PRIMER, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(aturan.batas(SEKUNDER, 2025)).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(new KepatuhanRat(2, 6).batas(PRIMER, 2023)).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aPrimaryRatOn31MarchIsOnTimeAndOn1AprilLate() {
    LocalDate kemudian = LocalDate.of(2026, 12, 1);
    assertThat(aturan.status(PRIMER, 2025, LocalDate.of(2026, 3, 31), null, kemudian))
        .isEqualTo(StatusRat.TEPAT_WAKTU);
    assertThat(aturan.status(PRIMER, 2025, LocalDate.of(2026, 4, 1), null, kemudian))
        .isEqualTo(StatusRat.TERLAMBAT);
  }

  @Test
  void aSecondaryRatOn30JuneIsOnTimeAnd1JulyLate() {
    LocalDate kemudian = LocalDate.of(2026, 12, 1);
    assertThat(aturan.status(SEKUNDER, 2025, LocalDate.of(2026, 6, 30), null, kemudian))
        .isEqualTo(StatusRat.TEPAT_WAKTU);
    assertThat(aturan.status(SEKUNDER, 2025, LocalDate.of(2026, 7, 1), null, kemudian))
        .isEqualTo(StatusRat.TERLAMBAT);
    // A date a primary cooperative would be late on is on time for a secondary one.
    assertThat(aturan.status(SEKUNDER, 2025, LocalDate.of(2026, 4, 1), null, kemudian))
        .isEqualTo(StatusRat.TEPAT_WAKTU);
  }

  @Test
  void withoutARatAPrimaryIsNotYetDueOn31MarchAndOverdueOn1April() {
    assertThat(aturan.status(PRIMER, 2025, null, null, LocalDate.of(2026, 3, 31)))
        .isEqualTo(StatusRat.BELUM_JATUH_TEMPO);
    assertThat(aturan.status(PRIMER, 2025, null, null, LocalDate.of(2026, 4, 1)))
        .isEqualTo(StatusRat.LEWAT_BATAS);
  }

  @Test
  void withoutARatASecondaryIsNotYetDueOn30JuneAndOverdueOn1July() {
    assertThat(aturan.status(SEKUNDER, 2025, null, null, LocalDate.of(2026, 4, 1)))
        .isEqualTo(StatusRat.BELUM_JATUH_TEMPO);
    assertThat(aturan.status(SEKUNDER, 2025, null, null, LocalDate.of(2026, 6, 30)))
        .isEqualTo(StatusRat.BELUM_JATUH_TEMPO);
    assertThat(aturan.status(SEKUNDER, 2025, null, null, LocalDate.of(2026, 7, 1)))
        .isEqualTo(StatusRat.LEWAT_BATAS);
  }

  @Test
  void aCooperativeFoundedAfterTheFiscalYearOwesNoRatForIt() {
    LocalDate kemudian = LocalDate.of(2026, 12, 1);
    assertThat(aturan.status(PRIMER, 2025, null, LocalDate.of(2026, 1, 1), kemudian))
        .isEqualTo(StatusRat.TIDAK_WAJIB);
    assertThat(aturan.status(PRIMER, 2025, null, LocalDate.of(2025, 12, 31), kemudian))
        .isEqualTo(StatusRat.LEWAT_BATAS);
  }

  @Test
  void theLatestFiscalYearPastItsDeadlineMovesOnTheDayAfter() {
    assertThat(aturan.tahunTerakhirJatuhTempo(PRIMER, LocalDate.of(2026, 3, 31))).isEqualTo(2024);
    assertThat(aturan.tahunTerakhirJatuhTempo(PRIMER, LocalDate.of(2026, 4, 1))).isEqualTo(2025);
    assertThat(aturan.tahunTerakhirJatuhTempo(SEKUNDER, LocalDate.of(2026, 6, 30))).isEqualTo(2024);
    assertThat(aturan.tahunTerakhirJatuhTempo(SEKUNDER, LocalDate.of(2026, 7, 1))).isEqualTo(2025);
  }

  @Test
  void twoYearsWithoutRatCountsOnlyYearsPastTheirDeadline() {
    // No RAT for 2024; 2025 not yet due on 31 March: not yet two years in a row.
    assertThat(aturan.duaTahunTanpaRat(PRIMER, Set.of(2023), null, LocalDate.of(2026, 3, 31)))
        .isEmpty();
    // From 1 April 2025 is overdue too: 2024 and 2025 both without a RAT.
    assertThat(aturan.duaTahunTanpaRat(PRIMER, Set.of(2023), null, LocalDate.of(2026, 4, 1)))
        .contains(new KepatuhanRat.DuaTahunTanpaRat(2024, 2025, LocalDate.of(2026, 3, 31)));
    // A late RAT still counts as held.
    assertThat(aturan.duaTahunTanpaRat(PRIMER, Set.of(2024), null, LocalDate.of(2026, 4, 1)))
        .isEmpty();
  }

  @Test
  void twoYearsWithoutRatForASecondaryTurnsOn1July() {
    assertThat(aturan.duaTahunTanpaRat(SEKUNDER, Set.of(), null, LocalDate.of(2026, 6, 30)))
        .contains(new KepatuhanRat.DuaTahunTanpaRat(2023, 2024, LocalDate.of(2025, 6, 30)));
    assertThat(aturan.duaTahunTanpaRat(SEKUNDER, Set.of(2023), null, LocalDate.of(2026, 6, 30)))
        .isEmpty();
    assertThat(aturan.duaTahunTanpaRat(SEKUNDER, Set.of(2023), null, LocalDate.of(2026, 7, 1)))
        .contains(new KepatuhanRat.DuaTahunTanpaRat(2024, 2025, LocalDate.of(2026, 6, 30)));
  }

  @Test
  void aYoungCooperativeIsNotTwoYearsWithoutRat() {
    assertThat(
            aturan.duaTahunTanpaRat(
                PRIMER, Set.of(), LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 1)))
        .isEmpty();
  }

  @Test
  void deadlineMonthsOutsideTheYearAreRefused() {
    assertThatThrownBy(() -> new KepatuhanRat(0, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KepatuhanRat(3, 13)).isInstanceOf(IllegalArgumentException.class);
  }
}

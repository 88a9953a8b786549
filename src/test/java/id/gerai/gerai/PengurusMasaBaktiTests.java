package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An officer's term: never ending before it starts; current from its first to its last day. */
class PengurusMasaBaktiTests {

  private static final LocalDate MULAI = LocalDate.of(2024, 1, 1);
  private static final LocalDate SELESAI = LocalDate.of(2026, 12, 31);

  @Test
  void aTermCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new MasaBakti(MULAI, MULAI.minusDays(1)))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("pengurus.masa-bakti.selesai-sebelum-mulai");
    assertThatThrownBy(() -> MasaBakti.terbuka(MULAI).berakhirPada(MULAI.minusDays(1)))
        .isInstanceOf(MasukanTidakSah.class);
    assertThatThrownBy(() -> new MasaBakti(null, SELESAI)).isInstanceOf(MasukanTidakSah.class);
  }

  @Test
  void aTermMayEndOnTheDayItStarts() {
    assertThat(new MasaBakti(MULAI, MULAI).berlakuPada(MULAI)).isTrue();
  }

  @Test
  void currentFromTheFirstToTheLastDayIncluded() {
    MasaBakti masa = new MasaBakti(MULAI, SELESAI);
    assertThat(masa.status(MULAI.minusDays(1))).isEqualTo(MasaBakti.Status.AKAN_DATANG);
    assertThat(masa.status(MULAI)).isEqualTo(MasaBakti.Status.BERJALAN);
    assertThat(masa.status(SELESAI)).isEqualTo(MasaBakti.Status.BERJALAN);
    assertThat(masa.status(SELESAI.plusDays(1))).isEqualTo(MasaBakti.Status.SELESAI);
  }

  @Test
  void anOpenTermStaysCurrent() {
    assertThat(MasaBakti.terbuka(MULAI).berlakuPada(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void endingATermMakesItPastTheNextDay() {
    MasaBakti akhir = MasaBakti.terbuka(MULAI).berakhirPada(LocalDate.of(2025, 6, 30));
    assertThat(akhir.berlakuPada(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(akhir.status(LocalDate.of(2025, 7, 1))).isEqualTo(MasaBakti.Status.SELESAI);
  }
}

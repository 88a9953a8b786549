package id.gerai.gerai;

import static id.gerai.gerai.Jabatan.ANGGOTA;
import static id.gerai.gerai.Jabatan.BENDAHARA;
import static id.gerai.gerai.Jabatan.KETUA;
import static id.gerai.gerai.Jabatan.SEKRETARIS;
import static id.gerai.gerai.Jabatan.WAKIL_KETUA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A gerai's officers are complete when ketua, sekretaris and bendahara are all serving. */
class PengurusKelengkapanTests {

  private static final List<Jabatan> WAJIB = List.of(KETUA, SEKRETARIS, BENDAHARA);

  @Test
  void allRequiredPositionsFilledIsComplete() {
    PengurusKelengkapan k =
        PengurusKelengkapan.dari(WAJIB, List.of(BENDAHARA, KETUA, ANGGOTA, SEKRETARIS));
    assertThat(k.lengkap()).isTrue();
    assertThat(k.kurang()).isEmpty();
  }

  @Test
  void aMissingKetuaIsReported() {
    PengurusKelengkapan k =
        PengurusKelengkapan.dari(WAJIB, List.of(WAKIL_KETUA, SEKRETARIS, BENDAHARA));
    assertThat(k.lengkap()).isFalse();
    assertThat(k.kurang()).containsExactly(KETUA);
  }

  @Test
  void noOfficersMissesEveryRequiredPositionInOrder() {
    PengurusKelengkapan k =
        PengurusKelengkapan.dari(List.of(BENDAHARA, KETUA, SEKRETARIS), List.of());
    assertThat(k.kurang()).containsExactly(KETUA, SEKRETARIS, BENDAHARA);
    assertThat(k.wajib()).containsExactly(KETUA, SEKRETARIS, BENDAHARA);
  }

  @Test
  void theRequiredSetIsConfiguration() {
    assertThat(PengurusKelengkapan.dari(List.of(KETUA), List.of(KETUA)).lengkap()).isTrue();
  }
}

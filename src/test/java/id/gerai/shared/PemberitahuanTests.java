package id.gerai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notification event refuses what the listener could not store or follow safely. */
class PemberitahuanTests {

  @Test
  void theShortFormTurnsArgumentsIntoText() {
    Pemberitahuan p =
        Pemberitahuan.untuk(7, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/12", "Izin PIRT", 12);
    assertThat(p.penerima()).containsExactly(7L);
    assertThat(p.argumen()).containsExactly("Izin PIRT", "12");
    assertThat(p.kodePesan()).isNull();
    assertThat(p.denganTelepon("0812").denganPesan("k.x", "a").kepada(List.of(1L, 2L)))
        .extracting(Pemberitahuan::penerima, Pemberitahuan::kodePesan, Pemberitahuan::telepon)
        .containsExactly(List.of(1L, 2L), "k.x", "0812");
  }

  @Test
  void listsAreCopiedSoTheSenderCannotChangeThemLater() {
    List<Long> penerima = new ArrayList<>(List.of(1L));
    Pemberitahuan p =
        new Pemberitahuan(penerima, Pemberitahuan.Jenis.TANGGAPAN, null, null, "/a", null);
    penerima.add(2L);
    assertThat(p.penerima()).containsExactly(1L);
    assertThat(p.argumen()).isEmpty();
  }

  @Test
  void aMissingArgumentBecomesEmptyText() {
    assertThat(Pemberitahuan.untuk(1, Pemberitahuan.Jenis.TANGGAPAN, "/a", "x", null).argumen())
        .containsExactly("x", "");
    assertThat(
            new Pemberitahuan(
                    List.of(1L),
                    Pemberitahuan.Jenis.TANGGAPAN,
                    null,
                    java.util.Arrays.asList("x", null),
                    "/a",
                    null)
                .argumen())
        .containsExactly("x", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "konsultasi/1", "//evil.example/x", "/\\evil.example", "https://x"})
  void theLinkMustStayInsideTheApplication(String tautan) {
    assertThatThrownBy(() -> Pemberitahuan.untuk(1, Pemberitahuan.Jenis.TERLAMBAT, tautan, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thereIsAlwaysARecipientAndAKind() {
    assertThatThrownBy(
            () ->
                new Pemberitahuan(
                    List.of(), Pemberitahuan.Jenis.TERLAMBAT, null, List.of(), "/a", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pemberitahuan(List.of(1L), null, null, List.of(), "/a", null))
        .isInstanceOf(NullPointerException.class);
  }
}

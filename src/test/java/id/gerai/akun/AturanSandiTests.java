package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.MasukanTidakSah;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AturanSandiTests {

  @Test
  void aPasswordHasTenToOneHundredTwentyEightCharacters() {
    assertThatThrownBy(() -> AturanSandi.periksa("123456789"))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("akun.sandi.terlalu-pendek");
    assertThatThrownBy(() -> AturanSandi.periksa(null)).isInstanceOf(MasukanTidakSah.class);
    assertThatCode(() -> AturanSandi.periksa("1234567890")).doesNotThrowAnyException();
    assertThatCode(() -> AturanSandi.periksa("x".repeat(128))).doesNotThrowAnyException();
    assertThatThrownBy(() -> AturanSandi.periksa("x".repeat(129)))
        .hasMessage("akun.sandi.terlalu-panjang");
  }

  @Test
  void randomPasswordsAreLongEnoughWithoutLookAlikesAndNeverRepeat() {
    Set<String> dilihat = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String s = AturanSandi.acak();
      assertThat(s).hasSize(16).doesNotContainPattern("[0O1lI]");
      assertThatCode(() -> AturanSandi.periksa(s)).doesNotThrowAnyException();
      assertThat(dilihat.add(s)).isTrue();
    }
  }
}

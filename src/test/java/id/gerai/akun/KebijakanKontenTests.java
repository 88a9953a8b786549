package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KebijakanKontenTests {

  @Test
  void tileServerOriginIsAllowedForImagesOnly() {
    assertThat(KebijakanKonten.asal("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
        .isEqualTo("https://tile.openstreetmap.org");
    assertThat(KebijakanKonten.asal("https://{s}.tile.example.id/{z}/{x}/{y}.png"))
        .isEqualTo("https://*.tile.example.id");
    assertThat(KebijakanKonten.asal("http://peta.intranet:8081/{z}/{x}/{y}.png"))
        .isEqualTo("http://peta.intranet:8081");
  }

  @Test
  void noTileServerMeansNoExtraOrigin() {
    assertThat(KebijakanKonten.asal("")).isEmpty();
    assertThat(KebijakanKonten.untuk("")).contains("img-src 'self' data: ;");
  }
}

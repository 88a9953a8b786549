package id.gerai.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Without a tile server the map still works: markers on a blank map, and the plain list. */
@SpringBootTest(properties = "gerai.gerai.tile-url=")
@AutoConfigureMockMvc
class PetaTanpaUbinTests {

  @Autowired MockMvcTester mvc;

  @Test
  void theMapPageSaysSoAndStillListsTheGerai() {
    assertThat(mvc.get().uri("/gerai/peta").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Ubin peta tidak diatur", "/js/peta.js", "data-data-url=")
        .doesNotContain("tile.openstreetmap.org")
        .contains("gerai belum memiliki posisi", "Gerai Kopi &amp; Mi Kelurahan Sekayu");
    assertThat(mvc.get().uri("/gerai/peta/data").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[*].nama")
        .asArray()
        .contains("Gerai Kopi & Mi Balai Kota");
  }
}

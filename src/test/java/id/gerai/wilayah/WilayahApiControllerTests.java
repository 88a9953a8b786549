package id.gerai.wilayah;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class WilayahApiControllerTests {

  @Autowired MockMvcTester mvc;

  @Test
  void kotaSemarangHasSixteenKecamatan() {
    assertThat(mvc.get().uri("/api/v1/wilayah/33.74/anak").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.length()")
        .isEqualTo(16);
  }

  @Test
  void anAreaComesWithItsChainOfParents() {
    assertThat(mvc.get().uri("/api/v1/wilayah/33.74.01.1007").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.rantai[*].kode")
        .asArray()
        .containsExactly("33", "33.74", "33.74.01");
  }

  @Test
  void searchFindsKelurahanByPartOfTheName() {
    assertThat(mvc.get().uri("/api/v1/wilayah?q=srondol&dalam=33.74").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[*].nama")
        .asArray()
        .containsExactlyInAnyOrder("Srondol Kulon", "Srondol Wetan");
  }

  @Test
  void unknownCodeIs404AndMalformedIs400WithAMessage() {
    assertThat(mvc.get().uri("/api/v1/wilayah/33.99").with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("33.99");
    assertThat(
            mvc.get().uri("/api/v1/wilayah/33.7x").with(stafKota()).header("Accept-Language", "en"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("is not valid");
  }

  @Test
  void theApiNeedsASignedInCaller() {
    assertThat(mvc.get().uri("/api/v1/wilayah/33.74")).hasStatus(HttpStatus.UNAUTHORIZED);
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The ladder's last rung reads the workers of the latest year's figures. */
@SpringBootTest
@AutoConfigureMockMvc
class TanggaTenagaKerjaTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void workersAreUnknownUntilAYearIsRecordedThenTheRungIsReached() {
    long usaha = AngkaTahunanUji.usaha(jdbc, "33.74.01.1007", null);
    assertThat(status(usaha)).isEqualTo("TIDAK_DIKETAHUI");

    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/angka", usaha)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(AngkaTahunanUji.angka(2024, "150000000", "20000000", "null", null)))
        .hasStatus2xxSuccessful();
    assertThat(status(usaha)).isEqualTo("TERCAPAI");
  }

  private String status(long usaha) {
    var hasil = mvc.get().uri("/api/v1/umkm/{id}/tangga", usaha).with(stafKota()).exchange();
    assertThat(hasil).hasStatusOk();
    return assertThat(hasil)
        .bodyJson()
        .extractingPath("$.jenjang[?(@.jenjang == 'MEMPEKERJAKAN')].status")
        .asArray()
        .singleElement()
        .actual()
        .toString();
  }
}

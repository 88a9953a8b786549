package id.gerai.beranda;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class BerandaControllerTests {

  @Autowired MockMvcTester mvc;

  @Test
  void theHomePageCountsOnlyTheGeraiInTheCallersScope() {
    assertThat(mvc.get().uri("/").with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.11"))))
        .hasStatusOk()
        .bodyText()
        .contains("Selamat datang", "Wilayah 33.74.11")
        .doesNotContain(">197<");
    assertThat(mvc.get().uri("/").with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(3))))
        .hasStatusOk()
        .bodyText()
        .contains("Data milik sendiri", "<dd>0</dd>");
  }

  @Test
  void theLicencesOfShippedDataArePublic() {
    assertThat(mvc.get().uri("/lisensi"))
        .hasStatusOk()
        .bodyText()
        .contains("Open Database License", "Badan Pusat Statistik");
    assertThat(mvc.get().uri("/lisensi/odbl"))
        .hasStatusOk()
        .bodyText()
        .contains("Open Database License (ODbL)");
  }
}

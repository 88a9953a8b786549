package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A business's page ties the register together: class, next step, and its other pages. */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmHalamanUsahaTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theBusinessPageShowsClassNextStepAndLinksToItsOtherPages() {
    UmkmFixture data = new UmkmFixture(jdbc);
    long pelaku = data.pelaku(UmkmFixture.unik("Ani"), null, null, UmkmFixture.SEKAYU, null);
    long usaha =
        data.usaha(
            pelaku, UmkmFixture.unik("Lumpia"), UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    var siapa = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));

    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(siapa))
        .hasStatusOk()
        .bodyText()
        .contains("Belum ada angka tahunan", "Langkah berikutnya: Daftarkan NIB")
        .contains(
            "/umkm/" + usaha + "/kelas",
            "/umkm/" + usaha + "/legalitas",
            "/umkm/" + usaha + "/binaan",
            "/umkm/" + usaha + "/tonggak");
    assertThat(mvc.get().uri("/umkm/{id}?lang=en", usaha).with(siapa))
        .hasStatusOk()
        .bodyText()
        .contains("No yearly figures yet", "Next step: ");
  }
}

package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.peramban.PerambanUji;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a 360 px phone: add two years' figures in Indonesian money and see the class chart drawn. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AngkaTahunanPerambanTests extends PerambanUji {

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void buka() {
    bukaPeramban(360, 740);
  }

  @Test
  void addTwoYearsAndSeeTheClassRiseOnTheChart() {
    long id = AngkaTahunanUji.usaha(jdbc, AngkaTahunanUji.SEKAYU, null);
    masuk("admin", "admin-rahasia-uji");

    web.get(url("/umkm/" + id + "/kelas"));
    isi("2023", "1.500.000", "3");
    assertThat(web.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Angka tahunan tersimpan");
    isi("2024", "2000000001", "");
    assertThat(web.findElement(By.cssSelector(".perubahan-kelas")).getText())
        .contains("Naik kelas", "Mikro", "Kecil");
    Object grafik =
        js(
            "var c = window.Chart && Chart.getChart(document.getElementById('grafik-kelas'));"
                + " return c ? c.data.datasets[0].data.join(',') : null;");
    assertThat(grafik).isEqualTo("0,1");
    assertThat(js("return document.documentElement.scrollWidth > window.innerWidth + 1;"))
        .as("page wider than the phone")
        .isEqualTo(false);
  }

  private void isi(String tahun, String omzet, String tenagaKerja) {
    web.findElement(By.id("tahun")).sendKeys(tahun);
    web.findElement(By.id("omzet")).sendKeys(omzet);
    web.findElement(By.id("tenagaKerja")).sendKeys(tenagaKerja);
    web.findElement(By.cssSelector("form.formulir button[type=submit]")).click();
  }
}

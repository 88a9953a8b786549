package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a 360 px phone: add two years' figures in Indonesian money and see the class chart drawn. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AngkaTahunanPerambanTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private WebDriver web;

  @BeforeEach
  void buka() {
    boolean ada = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    Assumptions.assumeTrue(ada || "true".equals(System.getenv("CI")), "no Chromium here");
    ChromeOptions opsi = new ChromeOptions();
    opsi.setBinary(CHROMIUM.toFile());
    opsi.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run");
    web =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), opsi);
    web.manage().window().setSize(new Dimension(360, 740));
    web.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void tutup() {
    if (web != null) {
      web.quit();
    }
  }

  @Test
  void addTwoYearsAndSeeTheClassRiseOnTheChart() {
    long id = AngkaTahunanUji.usaha(jdbc, AngkaTahunanUji.SEKAYU, null);
    web.get("http://localhost:" + port + "/login");
    web.findElement(By.id("username")).sendKeys("admin");
    web.findElement(By.id("password")).sendKeys("admin-rahasia-uji");
    web.findElement(By.cssSelector("form button[type=submit]")).click();
    // Wait for the sign-in to land before leaving the page, or the next request races it.
    new WebDriverWait(web, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().contains("/login"));

    web.get("http://localhost:" + port + "/umkm/" + id + "/kelas");
    isi("2023", "1.500.000", "3");
    assertThat(web.findElement(By.cssSelector("[role=status]")).getText())
        .contains("Angka tahunan tersimpan");
    isi("2024", "2000000001", "");
    assertThat(web.findElement(By.cssSelector(".perubahan-kelas")).getText())
        .contains("Naik kelas", "Mikro", "Kecil");
    Object grafik =
        ((JavascriptExecutor) web)
            .executeScript(
                "var c = window.Chart && Chart.getChart(document.getElementById('grafik-kelas'));"
                    + " return c ? c.data.datasets[0].data.join(',') : null;");
    assertThat(grafik).isEqualTo("0,1");
    Object lebih =
        ((JavascriptExecutor) web)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(lebih).as("page wider than the phone").isEqualTo(false);
  }

  private void isi(String tahun, String omzet, String tenagaKerja) {
    web.findElement(By.id("tahun")).sendKeys(tahun);
    web.findElement(By.id("omzet")).sendKeys(omzet);
    web.findElement(By.id("tenagaKerja")).sendKeys(tenagaKerja);
    web.findElement(By.cssSelector("form.formulir button[type=submit]")).click();
  }
}

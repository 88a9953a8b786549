package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first journey on a 360 px phone: sign in, find an area by name, switch language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JelajahPerambanTests {

  @LocalServerPort int port;
  private WebDriver web;

  @BeforeEach
  void buka() {
    Peramban.siapAtauLewati();
    web = Peramban.buka(360, 740);
  }

  @AfterEach
  void tutup() {
    if (web != null) {
      web.quit();
    }
  }

  @Test
  void signInSearchAnAreaAndSwitchToEnglishOnAPhone() {
    masuk("admin", "admin-rahasia-uji");
    assertThat(web.findElement(By.tagName("h1")).getText()).contains("Selamat datang");
    assertThat(lebarBerlebih()).as("page wider than the phone").isFalse();

    web.get(url("/wilayah"));
    assertThat(web.findElement(By.tagName("h1")).getText()).contains("Kota Semarang");
    web.findElement(By.id("q")).sendKeys("srondol");
    List<WebElement> hasil =
        tunggu()
            .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hasil-cari li"), 2));
    assertThat(hasil).extracting(WebElement::getText).anyMatch(t -> t.contains("Srondol Wetan"));
    assertThat(web.getCurrentUrl()).endsWith("/wilayah");

    web.findElement(By.linkText("English")).click();
    assertThat(web.findElement(By.tagName("h2")).getText()).contains("Areas below");
    assertThat(lebarBerlebih()).isFalse();
    web.findElement(By.linkText("Bahasa Indonesia")).click();
    assertThat(web.findElement(By.tagName("h2")).getText()).contains("Wilayah di bawahnya");
  }

  @Test
  void aWrongPasswordShowsAMessageInIndonesian() {
    masuk("admin", "bukan-sandinya");
    assertThat(web.findElement(By.cssSelector("[role=alert]")).getText())
        .contains("Nama pengguna atau kata sandi salah");
  }

  private void masuk(String nama, String sandi) {
    web.get(url("/login"));
    web.findElement(By.id("username")).sendKeys(nama);
    web.findElement(By.id("password")).sendKeys(sandi);
    web.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  private boolean lebarBerlebih() {
    Object lebih =
        ((JavascriptExecutor) web)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(lebih);
  }

  private WebDriverWait tunggu() {
    return new WebDriverWait(web, Duration.ofSeconds(10));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

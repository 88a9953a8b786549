package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Register a business on a phone, add a year's figures, see its class and its next step. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UmkmPerambanTests {

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
  void registerABusinessAddAYearAndSeeItsClassAndNextStep() {
    masuk();
    String usaha = "Keripik Tempe Bu Sri " + ThreadLocalRandom.current().nextInt(1_000_000);
    String nik = String.format("33740155069%05d", ThreadLocalRandom.current().nextInt(1, 99_999));

    web.get(url("/umkm/baru"));
    isi("nik", nik);
    isi("nama", "Sri Lestari");
    new Select(web.findElement(By.id("kelurahan"))).selectByValue("33.74.01.1007");
    new Select(web.findElement(By.id("dasarPemrosesan"))).selectByIndex(1);
    isi("namaUsaha", usaha);
    new Select(web.findElement(By.id("kelurahanUsaha"))).selectByValue("33.74.01.1007");
    web.findElement(By.cssSelector("form[action$='/umkm/baru'] button[type=submit]")).click();
    tunggu().until(w -> w.findElement(By.tagName("h1")).getText().contains(usaha));
    assertThat(teks("section[aria-labelledby=judul-naik-kelas]"))
        .contains("Belum ada angka tahunan");
    assertThat(web.getPageSource())
        .contains(nik); // Dinkop admin sees it in clear (and it is logged)

    web.findElement(By.linkText("Kelas usaha")).click();
    isi("tahun", "2024");
    isi("omzet", "1.500.000.000");
    isi("modal", "300.000.000");
    isi("tenagaKerja", "3");
    web.findElement(By.cssSelector("#tambah button[type=submit], form button.tombol")).click();
    // Wait for the saved year's confirmation, not for a word the form may already show.
    tunggu()
        .until(
            w ->
                w.findElements(By.cssSelector("[role=status]")).stream()
                    .anyMatch(e -> e.getText().contains("tersimpan")));

    web.get(web.getCurrentUrl().replaceAll("/kelas.*$", ""));
    assertThat(teks(".kelas-sekarang")).contains("Mikro", "2024", "PP 7/2021");
    assertThat(teks(".langkah-berikutnya"))
        .startsWith("Langkah berikutnya: ")
        .hasSizeGreaterThan(25);
    assertThat(lebarBerlebih()).as("business page wider than the phone").isFalse();
    web.get(url("/umkm"));
    assertThat(lebarBerlebih()).as("register list wider than the phone").isFalse();
  }

  private boolean lebarBerlebih() {
    Object lebih =
        ((JavascriptExecutor) web)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(lebih);
  }

  private void masuk() {
    web.get(url("/login"));
    isi("username", "admin");
    isi("password", "admin-rahasia-uji");
    web.findElement(By.cssSelector("form button[type=submit]")).click();
    tunggu().until(w -> !w.getCurrentUrl().contains("/login"));
  }

  private void isi(String id, String nilai) {
    web.findElement(By.id(id)).clear();
    web.findElement(By.id(id)).sendKeys(nilai);
  }

  private String teks(String css) {
    return web.findElement(By.cssSelector(css)).getText();
  }

  private WebDriverWait tunggu() {
    // htmx swaps parts of the page while we wait: an element read mid-swap is simply read again.
    return (WebDriverWait)
        new WebDriverWait(web, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

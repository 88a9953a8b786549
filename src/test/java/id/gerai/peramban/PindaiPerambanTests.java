package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The check-in page on a 360 px phone with the camera scanner: the script starts (offering the
 * button where the browser can read QR codes, a clear message where it cannot), and a code the
 * scanner reads is checked in by htmx without leaving the page, the count following.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PindaiPerambanTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private WebDriver web;

  @BeforeEach
  void siap() {
    Peramban.siapAtauLewati();
  }

  @AfterEach
  void tutup() {
    if (web != null) {
      web.quit();
    }
  }

  @Test
  void aScannedCodeIsCheckedInWithoutLeavingThePage() {
    long kegiatan = pelatihan("Pelatihan Pindai " + UUID.randomUUID().toString().substring(0, 6));
    String kode = peserta(kegiatan, "Rahmat Pindai");
    web = Peramban.buka(360, 740);
    masuk("admin", "admin-rahasia-uji");

    web.get(url("/kegiatan/" + kegiatan + "/kehadiran"));
    tunggu()
        .until(
            w ->
                w.findElement(By.id("pindai-mulai")).isDisplayed()
                    || !w.findElement(By.id("pindai-status")).getText().isBlank());
    WebElement tombol = web.findElement(By.id("pindai-mulai"));
    if (!tombol.isDisplayed()) {
      // a desktop Chromium has no BarcodeDetector: it says so, and the code field stays
      assertThat(web.findElement(By.id("pindai-status")).getText())
          .contains("tidak bisa memindai dengan kamera");
    }
    assertThat(web.findElement(By.id("pindai-henti")).isDisplayed()).isFalse();
    assertThat(web.findElement(By.id("kode")).isDisplayed()).isTrue();
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);

    // what the scanner does with a code it read: fill the hidden form and submit it (htmx)
    js(
        "window.halamanSama = true;"
            + "document.getElementById('pindai-kode').value = arguments[0];"
            + "document.getElementById('pindai-form').requestSubmit();",
        "https://gerai.example/k/" + kode);
    tunggu()
        .until(
            w ->
                !w.findElements(By.id("pindai-pesan")).isEmpty()
                    && w.findElement(By.id("pindai-pesan")).getText().contains("Rahmat Pindai"));
    assertThat(web.findElement(By.id("jumlah-hadir")).getText()).startsWith("1");
    assertThat(js("return window.halamanSama === true;")).isEqualTo(true);
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);
    assertThat(
            jdbc.sql("SELECT hadir_pada FROM peserta WHERE kegiatan_id = :k")
                .param("k", kegiatan)
                .query()
                .singleValue())
        .isNotNull();
  }

  private String peserta(long kegiatan, String nama) {
    String kode = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    OffsetDateTime kini = OffsetDateTime.now(ZoneOffset.ofHours(7));
    jdbc.sql(
            "INSERT INTO peserta (kegiatan_id, peran, nama, status, kode, didaftarkan_oleh,"
                + " didaftarkan_pada, versi) VALUES (:k, 'PESERTA', :nama, 'TERDAFTAR', :kode,"
                + " 'uji', :kini, 0)")
        .param("k", kegiatan)
        .param("nama", nama)
        .param("kode", kode)
        .param("kini", kini)
        .update();
    return kode;
  }

  private long pelatihan(String judul) {
    OffsetDateTime mulai = OffsetDateTime.now(ZoneOffset.ofHours(7)).withHour(9).withMinute(0);
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO kegiatan (jenis, judul, mulai, selesai, kode_wilayah, alamat,"
                + " penyelenggara, kapasitas, dibuat_oleh, dibuat_pada, versi) VALUES ('PELATIHAN',"
                + " :judul, :mulai, :selesai, '33.74.01.1007', 'Balai Kelurahan Sekayu', 'Dinkop',"
                + " 30, 'uji', :mulai, 0)")
        .param("judul", judul)
        .param("mulai", mulai)
        .param("selesai", mulai.plusHours(3))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  private Object js(String skrip, Object... argumen) {
    return ((JavascriptExecutor) web).executeScript(skrip, argumen);
  }

  private long lebarHalaman() {
    return (Long) js("return document.documentElement.scrollWidth;");
  }

  private void masuk(String nama, String sandi) {
    web.get(url("/login"));
    web.findElement(By.id("username")).sendKeys(nama);
    web.findElement(By.id("password")).sendKeys(sandi);
    web.findElement(By.cssSelector("form button[type=submit]")).click();
    tunggu().until(w -> !w.getCurrentUrl().contains("/login"));
  }

  private WebDriverWait tunggu() {
    return (WebDriverWait)
        new WebDriverWait(web, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

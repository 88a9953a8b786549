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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * At the door of a training, on a 360 px phone: an officer registers two people (each registration
 * shows its QR code and code), then checks one in by searching the name and the other by typing the
 * code a scanner app would fill in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KegiatanPerambanTests {

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
  void anOfficerChecksInByNameAndByCodeOnAPhone() {
    long kegiatan =
        pelatihan("Pelatihan Foto Produk " + UUID.randomUUID().toString().substring(0, 6));
    web = Peramban.buka(360, 740);
    masuk("admin", "admin-rahasia-uji");

    String kodeSiti = daftarkan(kegiatan, "Siti Aminah");
    daftarkan(kegiatan, "Budi Santoso");

    web.get(url("/kegiatan/" + kegiatan + "/kehadiran"));
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);
    web.findElement(By.id("q")).sendKeys("budi");
    tunggu()
        .until(
            w ->
                w.findElements(By.cssSelector("#hasil li")).size() == 1
                    && w.findElement(By.id("hasil")).getText().contains("Budi"));
    web.findElement(By.cssSelector("#hasil li button[type=submit]")).click();
    tunggu().until(w -> !w.findElements(By.id("hasil-hadir")).isEmpty());
    assertThat(web.findElement(By.id("hasil-hadir")).getText()).contains("Budi Santoso");

    web.findElement(By.id("kode")).sendKeys(kodeSiti.toLowerCase() + "\n");
    tunggu()
        .until(
            w ->
                !w.findElements(By.id("hasil-hadir")).isEmpty()
                    && w.findElement(By.id("hasil-hadir")).getText().contains("Siti Aminah"));
    assertThat(web.findElement(By.id("jumlah-hadir")).getText()).startsWith("2");
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM peserta WHERE kegiatan_id = :k AND hadir_pada IS NOT NULL")
                .param("k", kegiatan)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  /** Registers a person through the activity page; returns the code the registration shows. */
  private String daftarkan(long kegiatan, String nama) {
    web.get(url("/kegiatan/" + kegiatan));
    web.findElement(By.id("nama")).sendKeys(nama);
    web.findElement(By.cssSelector("form[action$='/peserta'] button[type=submit]")).click();
    tunggu().until(w -> !w.findElements(By.id("kode-peserta")).isEmpty());
    assertThat(web.findElement(By.cssSelector(".registrasi img.qr")).getAttribute("src"))
        .endsWith("/qr.svg");
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);
    return web.findElement(By.id("kode-peserta")).getText();
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

  private long lebarHalaman() {
    return (Long)
        ((JavascriptExecutor) web).executeScript("return document.documentElement.scrollWidth;");
  }

  private void masuk(String nama, String sandi) {
    web.get(url("/login"));
    web.findElement(By.id("username")).sendKeys(nama);
    web.findElement(By.id("password")).sendKeys(sandi);
    web.findElement(By.cssSelector("form button[type=submit]")).click();
    tunggu().until(w -> !w.getCurrentUrl().contains("/login"));
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

package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check-in page on a 360 px phone with the camera scanner: the script starts (offering the
 * button where the browser can read QR codes, a clear message where it cannot), and a code the
 * scanner reads is checked in by htmx without leaving the page, the count following.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PindaiPerambanTests extends PerambanUji {

  @Autowired JdbcClient jdbc;

  @Test
  void aScannedCodeIsCheckedInWithoutLeavingThePage() {
    long kegiatan =
        PelatihanUji.pelatihan(
            jdbc, "Pelatihan Pindai " + UUID.randomUUID().toString().substring(0, 6));
    String kode = peserta(kegiatan, "Rahmat Pindai");
    bukaPeramban(360, 740);
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
}

package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At the door of a training, on a 360 px phone: an officer registers two people (each registration
 * shows its QR code and code), then checks one in by searching the name and the other by typing the
 * code a scanner app would fill in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KegiatanPerambanTests extends PerambanUji {

  @Autowired JdbcClient jdbc;

  @Test
  void anOfficerChecksInByNameAndByCodeOnAPhone() {
    long kegiatan =
        PelatihanUji.pelatihan(
            jdbc, "Pelatihan Foto Produk " + UUID.randomUUID().toString().substring(0, 6));
    bukaPeramban(360, 740);
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
}

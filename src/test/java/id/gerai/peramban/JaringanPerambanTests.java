package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The foundation's main journey: an admin filters the network and creates a gerai officer scoped to
 * one kelurahan's gerai; the officer, on a phone, sees that gerai and nothing of another
 * kelurahan's, through pages and API alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JaringanPerambanTests extends PerambanUji {

  @Autowired JdbcClient jdbc;

  @Test
  void anAdminCreatesAGeraiOfficerWhoSeesOnlyTheirGerai() {
    long sekayu = geraiTersemai("Sekayu");
    long tanjungMas = geraiTersemai("Tanjung Mas");
    String petugas = "petugas-" + UUID.randomUUID().toString().substring(0, 8);

    bukaPeramban(1280, 900);
    masuk("admin", "admin-rahasia-uji");
    web.get(url("/gerai"));
    new Select(web.findElement(By.id("kecamatan"))).selectByValue("33.74.10");
    tunggu().until(w -> w.getCurrentUrl().contains("kecamatan=33.74.10"));
    tunggu().until(w -> kodeBaris().stream().allMatch(k -> k.startsWith("33.74.10")));
    assertThat(kodeBaris()).isNotEmpty();

    web.get(url("/admin/akun/baru"));
    web.findElement(By.id("namaPengguna")).sendKeys(petugas);
    web.findElement(By.id("namaLengkap")).sendKeys("Siti Rahayu");
    web.findElement(By.id("kataSandi")).sendKeys("sandi-petugas-2026");
    new Select(web.findElement(By.id("peran"))).selectByValue("PENGURUS_GERAI");
    new Select(web.findElement(By.id("cakupanJenis"))).selectByValue("GERAI");
    web.findElement(By.id("cakupanGerai")).sendKeys(String.valueOf(sekayu));
    web.findElement(By.cssSelector("form[action$='/admin/akun/baru'] button[type=submit]")).click();
    assertThat(web.findElement(By.cssSelector("[role=status]")).getText()).contains(petugas);
    web.quit();

    bukaPeramban(360, 740);
    masuk(petugas, "sandi-petugas-2026");
    web.get(url("/gerai"));
    assertThat(kodeBaris()).containsExactly("33.74.01.1007");
    web.findElement(By.linkText("Gerai Kopi & Mi Kelurahan Sekayu")).click();
    assertThat(web.findElement(By.tagName("h1")).getText()).contains("Sekayu");

    web.get(url("/gerai/" + tanjungMas));
    assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Tidak ditemukan");
    assertThat(web.getPageSource()).doesNotContain("Tanjung Mas");
    web.get(url("/api/v1/gerai/" + tanjungMas));
    assertThat(web.getPageSource()).contains("\"status\":404").doesNotContain("Tanjung Mas");
    web.get(url("/api/v1/gerai"));
    assertThat(web.getPageSource()).contains("\"total\":1", "Sekayu");
  }

  /** The gerai the first start opened for a kelurahan (other tests may add more there). */
  private long geraiTersemai(String kelurahan) {
    return jdbc.sql("SELECT MIN(id) FROM gerai WHERE nama = :n AND jenis = 'KELURAHAN'")
        .param("n", "Gerai Kopi & Mi Kelurahan " + kelurahan)
        .query(Long.class)
        .single();
  }

  private List<String> kodeBaris() {
    return web.findElements(By.cssSelector("#hasil tbody .kode")).stream()
        .map(WebElement::getText)
        .toList();
  }
}

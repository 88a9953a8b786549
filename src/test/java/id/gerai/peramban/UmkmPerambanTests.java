package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

/** Register a business on a phone, add a year's figures, see its class and its next step. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UmkmPerambanTests extends PerambanUji {

  @BeforeEach
  void buka() {
    bukaPeramban(360, 740);
  }

  @Test
  void registerABusinessAddAYearAndSeeItsClassAndNextStep() {
    masuk("admin", "admin-rahasia-uji");
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

  private String teks(String css) {
    return web.findElement(By.cssSelector(css)).getText();
  }
}

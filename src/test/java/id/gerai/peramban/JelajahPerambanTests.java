package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/** The first journey on a 360 px phone: sign in, find an area by name, switch language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JelajahPerambanTests extends PerambanUji {

  @BeforeEach
  void buka() {
    bukaPeramban(360, 740);
  }

  @Test
  void signInSearchAnAreaAndSwitchToEnglishOnAPhone() {
    kirimMasuk("admin", "admin-rahasia-uji");
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

  /**
   * On a phone left alone: a request the server refuses says so at the top of the page, the next
   * one that succeeds clears it; once the session has ended (its cookie gone, as after the idle
   * timeout) the next search reloads into the sign-in page, and signing in comes back to the page.
   */
  @Test
  void aRefusedRequestSaysSoAndASearchAfterTheSessionEndedGoesToSignIn() {
    masuk("admin", "admin-rahasia-uji");
    web.get(url("/wilayah"));
    WebElement kabar = web.findElement(By.id("kabar-htmx"));
    assertThat(kabar.isDisplayed()).isFalse();
    js("htmx.ajax('GET', '/umkm/999999999999', {target: '#hasil-cari'})");
    tunggu().until(w -> kabar.isDisplayed());
    assertThat(kabar.getText()).contains("Permintaan tidak berhasil");
    web.findElement(By.id("q")).sendKeys("srondol");
    tunggu().until(w -> !kabar.isDisplayed());

    web.manage().deleteCookieNamed("SESSION");
    web.findElement(By.id("q")).sendKeys(" wetan");
    tunggu().until(w -> w.getCurrentUrl().contains("/login"));
    assertThat(web.findElements(By.id("hasil-cari"))).isEmpty();
    kirimMasuk("admin", "admin-rahasia-uji");
    tunggu().until(w -> w.getCurrentUrl().contains("/wilayah"));
    assertThat(web.findElement(By.tagName("h1")).getText()).contains("Kota Semarang");
  }

  @Test
  void aWrongPasswordShowsAMessageInIndonesian() {
    kirimMasuk("admin", "bukan-sandinya");
    assertThat(web.findElement(By.cssSelector("main [role=alert]")).getText())
        .contains("Nama pengguna atau kata sandi salah");
  }
}

package id.gerai.peramban;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey needs: the server's port, one headless Chromium, signing in and
 * waiting. Each journey keeps its own {@code @SpringBootTest} and its own steps; only the driver's
 * life and the small helpers every journey repeated live here.
 */
public abstract class PerambanUji {

  @LocalServerPort private int port;

  /** The open browser, or {@code null} before the journey opens one; closed after each test. */
  protected WebDriver web;

  /** Skips the journey where no Chromium is installed (fails it under CI), before any step. */
  @BeforeEach
  protected final void siapkanPeramban() {
    Peramban.siapAtauLewati();
  }

  /** Closes the browser even when the journey failed, so no Chromium outlives its test. */
  @AfterEach
  protected final void tutupPeramban() {
    if (web != null) {
      web.quit();
    }
  }

  /** Opens a headless Chromium of the given window size as {@link #web}. */
  protected WebDriver bukaPeramban(int lebar, int tinggi) {
    web = Peramban.buka(lebar, tinggi);
    return web;
  }

  /**
   * Signs in through the login form and waits until the browser has left {@code /login}, so the
   * next request cannot race the sign-in.
   */
  protected void masuk(String nama, String sandi) {
    kirimMasuk(nama, sandi);
    tunggu().until(w -> !w.getCurrentUrl().contains("/login"));
  }

  /** Submits the login form without waiting: for journeys that stay on it (a wrong password). */
  protected void kirimMasuk(String nama, String sandi) {
    web.get(url("/login"));
    web.findElement(By.id("username")).sendKeys(nama);
    web.findElement(By.id("password")).sendKeys(sandi);
    web.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  /**
   * A 10 s wait. htmx swaps parts of the page while we wait, so an element read mid-swap is simply
   * read again instead of failing the journey.
   */
  protected WebDriverWait tunggu() {
    return (WebDriverWait)
        new WebDriverWait(web, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class);
  }

  /** True when no htmx request is in flight, so the page will not be swapped under the journey. */
  protected boolean htmxDiam() {
    return Boolean.TRUE.equals(js("return document.querySelector('.htmx-request') === null;"));
  }

  /** The address of a path on the server under test. */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Runs a script in the page and returns its result. */
  protected Object js(String skrip, Object... argumen) {
    return ((JavascriptExecutor) web).executeScript(skrip, argumen);
  }

  /** The page's full width in CSS pixels, to check it fits a phone's screen. */
  protected long lebarHalaman() {
    return (Long) js("return document.documentElement.scrollWidth;");
  }

  /** True when the page is wider than the window (a pixel of rounding allowed): it would scroll. */
  protected boolean lebarBerlebih() {
    return Boolean.TRUE.equals(
        js("return document.documentElement.scrollWidth > window.innerWidth + 1;"));
  }

  /** Replaces the text of the field with the given id. */
  protected void isi(String id, String nilai) {
    web.findElement(By.id(id)).clear();
    web.findElement(By.id(id)).sendKeys(nilai);
  }

  /**
   * Scrolls the element to the middle of the screen before clicking it, so a sticky bar on a phone
   * cannot take the click.
   */
  protected void klik(By by) {
    js("arguments[0].scrollIntoView({block:'center'});", web.findElement(by));
    web.findElement(by).click();
  }
}

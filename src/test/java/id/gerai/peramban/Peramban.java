package id.gerai.peramban;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for browser journeys. Outside CI a machine without them skips
 * the journeys with a printed reason; under {@code CI=true} a missing browser fails the run.
 */
final class Peramban {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Peramban() {}

  static void siapAtauLewati() {
    boolean ada = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!ada && "true".equals(System.getenv("CI"))) {
      fail(
          "CI=true but Chromium or ChromeDriver is missing (apt-get install chromium chromium-driver)");
    }
    if (!ada) {
      System.out.println(
          "Browser journeys skipped: /usr/bin/chromium or /usr/bin/chromedriver not installed");
    }
    Assumptions.assumeTrue(ada, "Chromium and ChromeDriver are not installed");
  }

  /** A headless Chromium the size of a cheap phone (360 px wide) or a desk screen. */
  static WebDriver buka(int lebar, int tinggi) {
    ChromeOptions opsi = new ChromeOptions();
    opsi.setBinary(CHROMIUM.toFile());
    opsi.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=" + lebar + "," + tinggi);
    ChromeDriverService layanan =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(layanan, opsi);
    driver.manage().window().setSize(new Dimension(lebar, tinggi));
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}

package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.koperasi.ContohKspTangan;
import id.gerai.koperasi.KesehatanUji;
import id.gerai.shared.Cakupan;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dinkop staff, on a 360 px phone, enter a KSP's statements for a year in the form and land on the
 * worksheet, which shows the hand-computed total and predicate; neither page is wider than the
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KesehatanPerambanTests extends PerambanUji {

  private static final Cakupan KOTA = Cakupan.wilayah("33.74");
  private static final String SANDI = "sandi-staf-2026";

  @Autowired AkunService akun;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void bersihkan() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void staffEnterAYearsStatementsAndOpenTheWorksheetOnAPhone() {
    String staf = "staf-" + UUID.randomUUID().toString().substring(0, 8);
    buatStaf(staf);
    long id = KesehatanUji.koperasi(jdbc, KesehatanUji.SEKAYU, null, null);

    bukaPeramban(360, 740);
    masuk(staf, SANDI);
    web.get(url("/koperasi/" + id + "/keuangan/2025"));
    assertThat(lebarBerlebih()).as("statements form wider than the phone").isFalse();
    for (Map.Entry<String, BigDecimal> e : ContohKspTangan.angka().entrySet()) {
      WebElement f = web.findElement(By.id(e.getKey()));
      f.clear();
      f.sendKeys(e.getValue().toPlainString());
    }
    klik(By.cssSelector("form.laporan-keuangan button[type=submit]"));
    tunggu().until(w -> w.getCurrentUrl().endsWith("/koperasi/" + id + "/kesehatan/2025"));

    WebElement total = web.findElement(By.cssSelector(".hasil-total strong"));
    assertThat(total.getText()).isEqualTo(ContohKspTangan.TOTAL_TAMPIL);
    assertThat(web.findElement(By.cssSelector(".hasil-total .predikat")).getAttribute("class"))
        .contains(ContohKspTangan.PREDIKAT);
    assertThat(lebarBerlebih()).as("worksheet wider than the phone").isFalse();
  }

  private void buatStaf(String nama) {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("uji", null, "ROLE_ADMIN_DINAS"));
    akun.buat(
        new BuatAkun(
            nama, "Staf Kesehatan", SANDI, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74", null),
        KOTA);
    SecurityContextHolder.clearContext();
  }
}

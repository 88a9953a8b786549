package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.gerai.AnggotaForumBaru;
import id.gerai.gerai.AnggotaForumService;
import id.gerai.gerai.DataGerai;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A gerai officer, on a 360 px phone, opens their gerai, goes to its periodic reports, fills in
 * this month's report (members present bounded by the gerai's three forum members) and submits it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LaporanGeraiPerambanTests extends PerambanUji {

  private static final Cakupan KOTA = Cakupan.wilayah("33.74");

  @Autowired GeraiService gerai;
  @Autowired AnggotaForumService anggota;
  @Autowired AkunService akun;

  @AfterEach
  void bersihkan() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aGeraiOfficerSubmitsAMonthlyReportOnAPhone() {
    String petugas = "lapor-" + UUID.randomUUID().toString().substring(0, 8);
    long geraiId = siapkanGerai(petugas);

    bukaPeramban(360, 740);
    masuk(petugas, "sandi-petugas-2026");
    web.get(url("/gerai/" + geraiId));
    web.findElement(By.cssSelector("a[href$='/gerai/" + geraiId + "/laporan']")).click();
    web.findElement(By.id("laporan-periode-berjalan")).click();
    tunggu().until(w -> w.getCurrentUrl().matches(".*/laporan/\\d{4}-\\d{2}$"));
    assertThat(lebarBerlebih()).as("report form wider than the phone").isFalse();

    isi("jumlahPertemuan", "2");
    isi("anggotaHadir", "5");
    isi("layananNib", "4");
    isi("catatan", "Pertemuan rutin dan bantuan NIB");
    klik(By.id("kirim-laporan"));
    assertThat(web.findElement(By.cssSelector(".field-galat")).getText()).contains("3");

    isi("anggotaHadir", "3");
    klik(By.id("kirim-laporan"));
    tunggu()
        .until(
            w -> w.findElement(By.id("status-laporan")).getAttribute("class").contains("DIKIRIM"));
    assertThat(web.findElement(By.cssSelector("[role=status]")).getText()).isNotBlank();
    assertThat(web.findElements(By.id("kirim-laporan"))).isEmpty();
    assertThat(lebarBerlebih()).as("submitted report wider than the phone").isFalse();
  }

  /** A gerai with three forum members and an officer account for it, made as Dinkop staff. */
  private long siapkanGerai(String petugas) {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("uji", null, "ROLE_ADMIN_DINAS"));
    LocalDate dibuka = LocalDate.now().minusYears(1);
    long id =
        gerai.buka(
            new DataGerai(
                GeraiJenis.KELURAHAN,
                "Gerai Lapor " + petugas,
                "33.74.01.1007",
                "Jl. Uji 1",
                -6.98,
                110.41,
                dibuka),
            KOTA,
            "uji");
    for (String nama : new String[] {"Sri", "Joko", "Ani"}) {
      anggota.daftarkan(new AnggotaForumBaru(id, nama, null, null, null, dibuka), KOTA, "uji");
    }
    akun.buat(
        new BuatAkun(
            petugas,
            "Petugas Lapor",
            "sandi-petugas-2026",
            Peran.PENGURUS_GERAI,
            Cakupan.Jenis.GERAI,
            null,
            id),
        KOTA);
    SecurityContextHolder.clearContext();
    return id;
  }
}

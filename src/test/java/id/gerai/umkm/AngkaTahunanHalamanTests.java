package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.umkm.AngkaTahunanUji.SEKAYU;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The class page: table, events, chart data, and the add-a-year form with Indonesian money. */
@SpringBootTest
@AutoConfigureMockMvc
class AngkaTahunanHalamanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void indonesianMoneyIsAcceptedWithOrWithoutThousandDots() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(kirim(id, "", "2022", "1.500.000", "750000", "2"))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/umkm/" + id + "/kelas");
    assertThat(kirim(id, "", "2023", "2500000000", "1.000.000.001,50", ""))
        .hasStatus(HttpStatus.FOUND);
    assertThat(omzet(id, 2022)).isEqualByComparingTo(new BigDecimal("1500000"));
    assertThat(
            jdbc.sql("SELECT modal_usaha FROM angka_tahunan WHERE usaha_id = :id AND tahun = 2023")
                .param("id", id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo(new BigDecimal("1000000001.50"));
    assertThat(mvc.get().uri("/umkm/{id}/kelas", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Rp1.500.000", "Rp2.500.000.000", "Mikro", "Kecil", "PP 7/2021 Pasal 35")
        .contains(
            "Naik kelas",
            "2022 → 2023: Mikro → Kecil",
            "Rp1.000.000.001,50",
            "<td>2</td>",
            "data-tahun=\"2022,2023\"",
            "data-kelas=\"0,1\"")
        .containsPattern("/webjars/chart\\.js/[0-9.]*/?dist/chart\\.umd\\.js")
        .contains("/js/kelas.js")
        .doesNotContain("Aturan berganti");
  }

  @Test
  void theChartScriptsAreServed() {
    assertThat(mvc.get().uri("/webjars/chart.js/dist/chart.umd.js").with(stafKota())).hasStatusOk();
    assertThat(mvc.get().uri("/js/kelas.js").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("grafik-kelas");
  }

  @Test
  void badMoneyIsAFieldErrorAndNothingIsSaved() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(kirim(id, "", "2022", "1,500,000", "satu juta", "dua"))
        .hasStatusOk()
        .bodyText()
        .contains("Tulis jumlah rupiah seperti 1.500.000")
        .contains("Jumlah tenaga kerja harus berupa angka bulat")
        .contains("value=\"1,500,000\"");
    assertThat(kirim(id, "", "1989", "1.000", "", "")).hasStatusOk().bodyText().contains("1990");
    assertThat(kirim(id, "", "", "", "", ""))
        .hasStatusOk()
        .bodyText()
        .contains("Omzet tahunan wajib diisi", "Tahun harus berupa angka");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM angka_tahunan WHERE usaha_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void thePageSpeaksEnglishAndNotesTheRuleChange() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    kirim(id, "", "2020", "1.000.000.000", "", "");
    kirim(id, "", "2021", "1.000.000.000", "", "");
    assertThat(mvc.get().uri("/umkm/{id}/kelas?lang=en", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Size class", "Class by sales", "Micro", "Small", "Moved down")
        .contains("The rule changed", "UU 20/2008 Pasal 6")
        .doesNotContain("Kelas menurut omzet");
    assertThat(kirim(id, "?lang=en", "2022", "1.5", "", ""))
        .hasStatusOk()
        .bodyText()
        .contains("Write a rupiah amount like 1.500.000");
  }

  @Test
  void aBusinessWithoutFiguresSaysSo() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    assertThat(mvc.get().uri("/umkm/{id}/kelas", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Belum ada angka tahunan")
        .doesNotContain("grafik-kelas");
  }

  private BigDecimal omzet(long id, int tahun) {
    return jdbc.sql(
            "SELECT omzet_tahunan FROM angka_tahunan WHERE usaha_id = :id AND tahun = :tahun")
        .param("id", id)
        .param("tahun", tahun)
        .query(BigDecimal.class)
        .single();
  }

  private MvcTestResult kirim(
      long id, String lang, String tahun, String omzet, String modal, String tenagaKerja) {
    return mvc.post()
        .uri("/umkm/" + id + "/kelas" + lang)
        .with(stafKota())
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .param("tahun", tahun)
        .param("omzet", omzet)
        .param("modal", modal)
        .param("tenagaKerja", tenagaKerja)
        .param("sumber", "TERVERIFIKASI")
        .exchange();
  }
}

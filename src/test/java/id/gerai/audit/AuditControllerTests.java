package id.gerai.audit;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Jejak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AuditControllerTests {

  record Catatan(String nama, int jumlah) {}

  @Autowired MockMvcTester mvc;
  @Autowired ApplicationEventPublisher events;
  @Autowired AuditService audit;

  String jenis;

  @BeforeEach
  void tigaJejak() {
    jenis = "uji_hal_" + PencatatPerubahanTests.unik().substring(0, 10);
    events.publishEvent(Jejak.dibuat(jenis, "A-1", new Catatan("pertama", 1)));
    events.publishEvent(Jejak.dibuat(jenis, "B-2", new Catatan("kedua", 2)));
    events.publishEvent(
        Jejak.diubah(jenis, "A-1", new Catatan("pertama", 1), new Catatan("pertama", 5)));
  }

  @Test
  void theListShowsTheFilteredEntriesInTheFullPage() {
    assertThat(mvc.get().uri("/admin/audit?jenis={j}&id=A-1", jenis).with(adminKota()))
        .hasStatusOk()
        .hasViewName("audit/daftar")
        .bodyText()
        .contains("<html", "id=\"hasil-audit\"", jenis + " #A-1", "UBAH", "BUAT")
        .doesNotContain("#B-2");
  }

  @Test
  void htmxGetsOnlyTheResultsAndThePagerKeepsTheFilters() {
    var jawaban =
        assertThat(
            mvc.get()
                .uri("/admin/audit?jenis={j}&ukuran=2", jenis)
                .header("HX-Request", "true")
                .with(adminKota()));
    jawaban.hasStatusOk().hasViewName("audit/daftar :: hasil");
    jawaban
        .bodyText()
        .startsWith("<div id=\"hasil-audit\"")
        .doesNotContain("<html", "<form")
        .contains("#B-2", "/admin/audit?jenis=" + jenis + "&amp;ukuran=2&amp;nomor=1")
        .doesNotContain("rel=\"prev\"");

    assertThat(
            mvc.get()
                .uri("/admin/audit?jenis={j}&ukuran=2&nomor=1", jenis)
                .header("HX-Request", "true")
                .with(adminKota()))
        .bodyText()
        .contains(jenis + " #A-1", "rel=\"prev\"")
        .doesNotContain("#B-2", "rel=\"next\"");
  }

  @Test
  void theDetailShowsBeforeAndAfterAsPrettyJson() {
    long id =
        audit
            .cari(new SaringanAudit(null, jenis, "A-1", "UBAH", null, null), 0, 1)
            .isi()
            .get(0)
            .id();
    assertThat(mvc.get().uri("/admin/audit/{id}", id).with(adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains("<pre>{\n  &quot;nama&quot; : &quot;pertama&quot;,\n  &quot;jumlah&quot; : 1\n}")
        .contains("&quot;jumlah&quot; : 5");
    assertThat(mvc.get().uri("/admin/audit/999999999").with(adminKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aMalformedDateIsShownNextToItsField() {
    assertThat(mvc.get().uri("/admin/audit?dari=kemarin").with(adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"dari-galat\"", "Tanggal tidak sah", "value=\"kemarin\"")
        .doesNotContain("<table");
  }

  @Test
  void staffGet403OnTheTrailPages() {
    assertThat(mvc.get().uri("/admin/audit").with(stafKota())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/admin/audit/1").with(stafKota())).hasStatus(HttpStatus.FORBIDDEN);
  }
}

package id.gerai.audit;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Jejak;
import java.time.LocalDate;
import org.assertj.core.api.AbstractObjectAssert;
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
class AuditApiControllerTests {

  record Catatan(String isi) {}

  @Autowired MockMvcTester mvc;
  @Autowired ApplicationEventPublisher events;
  @Autowired AuditProperties properties;
  @Autowired AuditService audit;

  String jenis;

  /** Three entries of a kind no other test uses: two creations and one change. */
  @BeforeEach
  void tigaJejak() {
    jenis = "uji_api_" + PencatatPerubahanTests.unik().substring(0, 10);
    events.publishEvent(Jejak.dibuat(jenis, 1, new Catatan("satu")));
    events.publishEvent(Jejak.dibuat(jenis, 2, new Catatan("dua")));
    events.publishEvent(Jejak.diubah(jenis, 1, new Catatan("satu"), new Catatan("satu lagi")));
  }

  @Test
  void filtersAndPagesNewestFirst() {
    assertThat(mvc.get().uri("/api/v1/audit?jenis={j}&ukuran=2", jenis).with(adminKota()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"nomor": 0, "ukuran": 2, "total": 3,
             "isi": [{"aksi": "UBAH", "idRekaman": "1"}, {"aksi": "BUAT", "idRekaman": "2"}]}
            """);
    assertThat(mvc.get().uri("/api/v1/audit?jenis={j}&ukuran=2&nomor=1", jenis).with(adminKota()))
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"nomor": 1, "total": 3, "isi": [{"aksi": "BUAT", "idRekaman": "1"}]}
            """);
    assertThat(mvc.get().uri("/api/v1/audit?jenis={j}&id=1&aksi=buat", jenis).with(adminKota()))
        .bodyJson()
        .extractingPath("$.isi[*].idRekaman")
        .asArray()
        .containsExactly("1");
  }

  @Test
  void dayRangesIncludeBothEnds() {
    LocalDate hariIni = LocalDate.now(properties.zona());
    total("&dari=" + hariIni + "&sampai=" + hariIni).isEqualTo(3);
    total("&dari=" + hariIni.plusDays(1)).isEqualTo(0);
    total("&sampai=" + hariIni.minusDays(1)).isEqualTo(0);
  }

  @Test
  void oneEntryComesWithItsBeforeAndAfterAsJson() {
    long id =
        audit
            .cari(new SaringanAudit(null, jenis, null, "UBAH", null, null), 0, 1)
            .isi()
            .get(0)
            .id();
    assertThat(mvc.get().uri("/api/v1/audit/{id}", id).with(adminKota()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"aksi": "UBAH", "pelaku": "sistem",
             "sebelum": {"isi": "satu"}, "sesudah": {"isi": "satu lagi"}}
            """);
    assertThat(mvc.get().uri("/api/v1/audit/999999999").with(adminKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aMalformedDateIs400WithAMessageInTheCallersLanguage() {
    assertThat(mvc.get().uri("/api/v1/audit?dari=31-01-2025").with(adminKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Tanggal tidak sah", "31-01-2025");
    assertThat(
            mvc.get()
                .uri("/api/v1/audit?sampai=kemarin")
                .header("Accept-Language", "en")
                .with(adminKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Invalid date", "sampai");
  }

  @Test
  void onlyDinkopAdminsMayReadTheTrail() {
    assertThat(mvc.get().uri("/api/v1/audit?jenis={j}", jenis).with(stafKota()))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyText()
        .doesNotContain(jenis);
    assertThat(mvc.get().uri("/api/v1/audit/1").with(stafKota())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/v1/audit")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  private AbstractObjectAssert<?, Object> total(String saringan) {
    return assertThat(mvc.get().uri("/api/v1/audit?jenis=" + jenis + saringan).with(adminKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total");
  }
}

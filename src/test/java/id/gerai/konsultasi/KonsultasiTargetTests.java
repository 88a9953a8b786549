package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Response and resolution targets: a high-urgency case is flagged overdue the moment its answer
 * deadline (1 day) passes without an answer, and again when its resolution deadline (7 days) passes
 * unsolved; an answer or the solution takes the flag away. Time is moved by the test clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KonsultasiTargetTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JamUji jam;

  KonsultasiUji uji;
  KonsultasiApi api;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
  }

  @Test
  void overdueCasesAppearOnTime() {
    long id = api.buka(uji, uji.pengurusGerai(), "PRODUKSI", "Mesin pengemas rusak terus.");
    assertThat(terlambat()).isEqualTo(0);

    jam.geser(Duration.ofHours(23).plusMinutes(59));
    assertThat(terlambat()).isEqualTo(0);
    jam.geser(Duration.ofMinutes(2));
    assertThat(terlambat()).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", id).with(KonsultasiUji.staf()))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.terlambatTanggapan").isEqualTo(true);
              assertThat(j).extractingPath("$.terlambatSelesai").isEqualTo(false);
            });
    assertThat(
            mvc.get()
                .uri("/konsultasi?terlambat=true&usaha=" + uji.usaha)
                .with(KonsultasiUji.staf()))
        .bodyText()
        .contains(uji.namaUsaha, "Terlambat");

    api.tugaskanKePendamping(id, uji);
    assertThat(api.tanggapi(id, "Coba servis di balai latihan kerja.", uji.pendamping()))
        .hasStatus2xxSuccessful();
    assertThat(terlambat()).isEqualTo(0);

    jam.geser(Duration.ofDays(6));
    assertThat(terlambat()).isEqualTo(1);
    assertThat(
            api.status(
                id,
                "{\"status\": \"SELESAI\", \"solusi\": \"Servis mesin di BLK, gratis.\"}",
                uji.pendamping()))
        .hasStatusOk();
    assertThat(terlambat()).isEqualTo(0);
  }

  @Test
  void targetsComeFromConfigurationPerUrgencyWithDefaultsForTheRest() {
    KonsultasiProperties p =
        new KonsultasiProperties(
            Map.of(Urgensi.TINGGI, new KonsultasiProperties.Target(Duration.ofHours(4), null)));
    assertThat(p.untuk(Urgensi.TINGGI).tanggapan()).isEqualTo(Duration.ofHours(4));
    assertThat(p.untuk(Urgensi.TINGGI).penyelesaian()).isEqualTo(Duration.ofDays(7));
    assertThat(p.untuk(Urgensi.RENDAH).tanggapan()).isEqualTo(Duration.ofDays(7));
    assertThat(new KonsultasiProperties(null).untuk(Urgensi.SEDANG).penyelesaian())
        .isEqualTo(Duration.ofDays(14));
  }

  private int terlambat() {
    return com.jayway.jsonpath.JsonPath.read(
        KonsultasiApi.bodi(
            mvc.get()
                .uri("/api/v1/konsultasi?terlambat=true&usaha=" + uji.usaha)
                .with(KonsultasiUji.staf())
                .exchange()),
        "$.total");
  }
}

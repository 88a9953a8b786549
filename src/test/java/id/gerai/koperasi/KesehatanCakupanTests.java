package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static id.gerai.koperasi.KesehatanUji.TANJUNG_MAS;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.koperasi.kesehatan.RubrikUji;
import id.gerai.shared.Cakupan;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Statements, worksheet (page, PDF, API), history and the supervision list reach only cooperatives
 * in the caller's scope: another gerai's officer, another area's staff and another cooperative's
 * officer get 404 and never the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KesehatanCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  private final long gerai = ThreadLocalRandom.current().nextLong(900_000, 999_999);
  private final long akun = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

  @Test
  void outsidersGet404EverywhereAndNoData() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, gerai, akun);
    String nama = KesehatanUji.nama(jdbc, id);
    catat(id, 2024, stafKota()).hasStatusOk();
    RequestPostProcessor geraiLain =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai + 1, SEKAYU));
    RequestPostProcessor wilayahLain = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02"));
    RequestPostProcessor koperasiLain =
        sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun + 1));
    for (RequestPostProcessor luar :
        new RequestPostProcessor[] {geraiLain, wilayahLain, koperasiLain}) {
      for (String uri :
          new String[] {
            "/api/v1/koperasi/" + id + "/keuangan/2024",
            "/api/v1/koperasi/" + id + "/kesehatan/2024",
            "/api/v1/koperasi/" + id + "/kesehatan",
            "/koperasi/" + id + "/keuangan/2024",
            "/koperasi/" + id + "/kesehatan/2024",
            "/koperasi/" + id + "/kesehatan/2024/pdf",
            "/koperasi/" + id + "/kesehatan"
          }) {
        assertThat(mvc.get().uri(uri).with(luar))
            .as(uri)
            .hasStatus(HttpStatus.NOT_FOUND)
            .bodyText()
            .doesNotContain(nama);
      }
      assertThat(mvc.get().uri("/koperasi/kesehatan/pengawasan").with(luar))
          .hasStatusOk()
          .bodyText()
          .doesNotContain(nama);
      assertThat(mvc.get().uri("/api/v1/koperasi/kesehatan/pengawasan?ukuran=200").with(luar))
          .hasStatusOk()
          .bodyText()
          .doesNotContain(nama);
    }
    RequestPostProcessor pengurusLain =
        sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun + 1));
    catat(id, 2023, pengurusLain).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/keuangan/2023", id)
                .with(pengurusLain)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("total_aset", "1000"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM laporan_keuangan WHERE koperasi_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theGeraiItsAreaAndItsOwnOfficerSeeIt() {
    long id = KesehatanUji.koperasi(jdbc, TANJUNG_MAS, gerai, akun);
    String nama = KesehatanUji.nama(jdbc, id);
    RequestPostProcessor pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    catat(id, 2024, pengurus).hasStatusOk();
    for (RequestPostProcessor dalam :
        new RequestPostProcessor[] {
          sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, TANJUNG_MAS)),
          sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02")),
          pengurus
        }) {
      assertThat(mvc.get().uri("/api/v1/koperasi/{id}/kesehatan/2024", id).with(dalam))
          .hasStatusOk();
      assertThat(mvc.get().uri("/koperasi/{id}/kesehatan/2024", id).with(dalam))
          .hasStatusOk()
          .bodyText()
          .contains(nama);
    }
  }

  @Test
  void theSupervisionListShowsTheScopesCooperativesInTrouble() {
    long bermasalah = KesehatanUji.koperasi(jdbc, SEKAYU, gerai, null);
    long tanpaLaporan = KesehatanUji.koperasi(jdbc, SEKAYU, gerai, null);
    long sehat = KesehatanUji.koperasi(jdbc, SEKAYU, gerai, null);
    put(bermasalah, 2024, KesehatanUji.json(RubrikUji.limaPuluhSatu()));
    put(sehat, 2024, KesehatanUji.json(RubrikUji.sehatPenuh()));
    RequestPostProcessor petugasGerai = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, SEKAYU));
    assertThat(mvc.get().uri("/koperasi/kesehatan/pengawasan").with(petugasGerai))
        .hasStatusOk()
        .bodyText()
        .contains(KesehatanUji.nama(jdbc, bermasalah), KesehatanUji.nama(jdbc, tanpaLaporan))
        .contains("Dalam Pengawasan", "Belum ada laporan keuangan")
        .doesNotContain(KesehatanUji.nama(jdbc, sehat));
    var json =
        assertThat(mvc.get().uri("/api/v1/koperasi/kesehatan/pengawasan").with(petugasGerai))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.total").isEqualTo(2);
    json.extractingPath("$.isi[0].alasan").isEqualTo("DALAM_PENGAWASAN");
    json.extractingPath("$.isi[1].alasan").isEqualTo("TANPA_LAPORAN");
    assertThat(
            mvc.get()
                .uri("/api/v1/koperasi/kesehatan/pengawasan?alasan=TANPA_LAPORAN")
                .with(petugasGerai))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(1);
    assertThat(
            mvc.get()
                .uri("/koperasi/kesehatan/pengawasan?alasan=DALAM_PENGAWASAN")
                .with(petugasGerai))
        .hasStatusOk()
        .bodyText()
        .contains(KesehatanUji.nama(jdbc, bermasalah))
        .doesNotContain(KesehatanUji.nama(jdbc, tanpaLaporan));
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResultAssert catat(
      long id, int tahun, RequestPostProcessor siapa) {
    return assertThat(
        mvc.put()
            .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
            .with(siapa)
            .with(SecurityMockMvcRequestPostProcessors.csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(KesehatanUji.json(RubrikUji.sehatPenuh()))
            .exchange());
  }

  private void put(long id, int tahun, String json) {
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatusOk();
  }
}

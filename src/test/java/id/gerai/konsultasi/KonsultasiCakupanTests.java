package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.berkas.BerkasUji;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scope matrix: another gerai's officer, another business actor, an unassigned mentor and staff
 * of another kecamatan get 404 and no data from the list, the detail, the attachments, the needs
 * signal and every API write; the business's own gerai, its owner and the assigned mentor see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KonsultasiCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KonsultasiUji uji;
  KonsultasiApi api;
  long id;
  long lampiran;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
    id = api.buka(uji, uji.pemilik(), "PEMASARAN", "Rahasia-" + uji.namaUsaha + " sepi pembeli");
    api.tugaskanKePendamping(id, uji);
    assertThat(
            mvc.post()
                .uri("/api/v1/konsultasi/{id}/lampiran", id)
                .multipart()
                .file(new MockMultipartFile("file", "foto-rahasia.png", "image/png", BerkasUji.PNG))
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatus(HttpStatus.CREATED);
    lampiran =
        jdbc.sql("SELECT MAX(id) FROM lampiran_konsultasi WHERE konsultasi_id = :k")
            .param("k", id)
            .query(Long.class)
            .single();
  }

  List<RequestPostProcessor> luar() {
    return List.of(
        uji.pengurusGeraiLain(),
        uji.pelakuLain(),
        uji.pendampingLain(),
        KonsultasiUji.stafKecamatanLain());
  }

  @Test
  void outsideTheScopeReadsAreNotFoundAndCarryNoData() {
    for (RequestPostProcessor siapa : luar()) {
      for (String uri : List.of("/api/v1/konsultasi/{id}", "/konsultasi/{id}")) {
        assertThat(mvc.get().uri(uri, id).with(siapa))
            .hasStatus(HttpStatus.NOT_FOUND)
            .bodyText()
            .doesNotContain("Rahasia-", uji.namaUsaha);
      }
      for (String uri : List.of("/api/v1/konsultasi", "/konsultasi")) {
        assertThat(mvc.get().uri(uri).with(siapa))
            .hasStatusOk()
            .bodyText()
            .doesNotContain(uji.namaUsaha);
      }
      for (String uri : List.of("/api/v1/konsultasi/lampiran/{id}", "/konsultasi/lampiran/{id}")) {
        assertThat(mvc.get().uri(uri, lampiran).with(siapa))
            .hasStatus(HttpStatus.NOT_FOUND)
            .headers()
            .doesNotContainHeader("Content-Disposition");
      }
    }
  }

  @Test
  void outsideTheScopeNothingCanBeWritten() {
    for (RequestPostProcessor siapa : luar()) {
      assertThat(api.tanggapi(id, "menyusup", siapa)).hasStatus(HttpStatus.NOT_FOUND);
      assertThat(
              mvc.post()
                  .uri("/api/v1/konsultasi/{id}/lampiran", id)
                  .multipart()
                  .file(new MockMultipartFile("file", "x.png", "image/png", BerkasUji.PNG))
                  .with(siapa)
                  .with(csrf()))
          .hasStatus(HttpStatus.NOT_FOUND);
    }
    assertThat(api.status(id, "{\"status\": \"DIPROSES\"}", uji.pendampingLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(api.status(id, "{\"status\": \"DITUTUP\"}", uji.pengurusGeraiLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            api.post(
                "/api/v1/konsultasi/{id}/sesi",
                id,
                "{\"tanggal\": \"2026-11-01\", \"durasiMenit\": 60, \"topik\": \"x\"}",
                uji.pendampingLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(uji.kolom(id, "status")).isEqualTo("DITUGASKAN");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tanggapan WHERE konsultasi_id = :k")
                .param("k", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aBusinessActorCannotBringACaseForSomeoneElsesBusiness() {
    assertThat(
            api.post(
                "/api/v1/konsultasi",
                0,
                uji.json("MODAL", "Butuh modal untuk usaha orang lain."),
                uji.pelakuLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theOwnGeraiTheOwnerAndTheAssignedMentorSeeIt() {
    for (RequestPostProcessor siapa :
        List.of(uji.pengurusGerai(), uji.pemilik(), uji.pendamping(), KonsultasiUji.staf())) {
      assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", id).with(siapa))
          .hasStatusOk()
          .bodyText()
          .contains("Rahasia-");
      assertThat(mvc.get().uri("/konsultasi").with(siapa))
          .hasStatusOk()
          .bodyText()
          .contains(uji.namaUsaha);
      assertThat(mvc.get().uri("/konsultasi/lampiran/{id}", lampiran).with(siapa)).hasStatusOk();
    }
  }

  @Test
  void aCaseAnOfficerBroughtForTheBusinessIsTheOwnersToSee() {
    long olehGerai =
        api.buka(uji, uji.pengurusGerai(), "MODAL", "Dibawa pengurus: modal untuk gerobak.");
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", olehGerai).with(uji.pemilik()))
        .hasStatusOk();
    assertThat(api.tanggapi(olehGerai, "Terima kasih.", uji.pemilik()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(mvc.get().uri("/api/v1/konsultasi?usaha=" + uji.usaha).with(uji.pemilik()))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(2);
    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", olehGerai).with(uji.pelakuLain()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/konsultasi?usaha=" + uji.usaha).with(uji.pelakuLain()))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void theNeedsSignalCountsOnlyWhatTheScopeReaches() {
    String uri = "/api/v1/konsultasi/kebutuhan?gerai=" + uji.gerai + "&kelompok=GERAI";
    assertThat(mvc.get().uri(uri).with(uji.pengurusGeraiLain()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.length()")
        .isEqualTo(0);
    assertThat(mvc.get().uri(uri).with(KonsultasiUji.stafKecamatanLain()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.length()")
        .isEqualTo(0);
    assertThat(mvc.get().uri(uri).with(uji.pengurusGerai()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].jumlah")
        .isEqualTo(1);
    assertThat(mvc.get().uri(uri).with(uji.pelakuLain())).hasStatus(HttpStatus.FORBIDDEN);
  }
}

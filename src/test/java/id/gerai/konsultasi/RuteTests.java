package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Automatic routing by category and area from the routing table (data, edited on a page): the most
 * specific row wins, the case starts assigned, and the assigned mentor sees it; with no row a case
 * stays new. Only Dinkop staff edit the table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class RuteTests {

  static final String SRONDOL_WETAN = "33.74.11.1007";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RuteService rute;

  KonsultasiUji uji;
  KonsultasiApi api;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc, SRONDOL_WETAN);
    api = new KonsultasiApi(mvc);
  }

  @AfterEach
  void bersihkan() {
    jdbc.sql("DELETE FROM rute_konsultasi WHERE prefiks_wilayah LIKE '33.74.11%'").update();
  }

  @Test
  void theMostSpecificRowRoutesANewCase() {
    tambah("", "33.74.11", null, "STAF_DINAS");
    tambah("PERIZINAN", "33.74.11", uji.akunPendamping, "PENDAMPING");
    long pakKota = KonsultasiUji.acak();
    uji.akun(pakKota, "PENDAMPING", "Pak Kota", "33.74");
    tambah("PERIZINAN", "33.74", pakKota, "PENDAMPING");

    long izin = api.buka(uji, uji.pemilik(), "PERIZINAN", "Cara mengurus sertifikat halal?");
    assertThat(uji.kolom(izin, "status")).isEqualTo("DITUGASKAN");
    assertThat(uji.kolom(izin, "ditugaskan_akun_id")).isEqualTo(String.valueOf(uji.akunPendamping));
    long modal = api.buka(uji, uji.pemilik(), "MODAL", "Butuh modal kerja untuk bahan.");
    assertThat(uji.kolom(modal, "ditugaskan_peran")).isEqualTo("STAF_DINAS");
    assertThat(uji.kolom(modal, "ditugaskan_akun_id")).isNull();

    assertThat(
            mvc.get()
                .uri("/api/v1/konsultasi?usaha=" + uji.usaha)
                .with(
                    KonsultasiUji.sebagai(
                        Peran.PENDAMPING, Cakupan.wilayah("33.74.11"), uji.akunPendamping)))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.total").isEqualTo(1);
              assertThat(j).extractingPath("$.isi[0].id").isEqualTo((int) izin);
            });
  }

  @Test
  void withoutARowACaseWaitsAsNew() {
    long id = api.buka(uji, uji.pemilik(), "TEKNOLOGI", "Ingin membuat toko daring.");
    assertThat(uji.kolom(id, "status")).isEqualTo("BARU");
  }

  @Test
  void onlyDinkopStaffEditTheTable() {
    assertThat(mvc.get().uri("/konsultasi/rute").with(KonsultasiUji.admin()))
        .hasStatusOk()
        .bodyText()
        .contains("Rute konsultasi");
    assertThat(mvc.get().uri("/konsultasi/rute").with(uji.pengurusGerai()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/konsultasi/rute")
                .param("prefiksWilayah", "99.99")
                .param("peran", "STAF_DINAS")
                .with(KonsultasiUji.admin())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("galat", "Kode wilayah 99.99 tidak dikenal.");
    assertThat(rute.daftar()).noneMatch(r -> "99.99".equals(r.prefiksWilayah()));
    long takDikenal = KonsultasiUji.acak();
    assertThat(
            mvc.post()
                .uri("/konsultasi/rute")
                .param("prefiksWilayah", "33.74.11")
                .param("akunId", String.valueOf(takDikenal))
                .param("peran", "PENDAMPING")
                .with(KonsultasiUji.admin())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .hasEntrySatisfying(
            "galat", g -> assertThat((String) g).contains(String.valueOf(takDikenal)));
    assertThat(rute.daftar()).noneMatch(r -> Long.valueOf(takDikenal).equals(r.akunId()));
    long jumlah = rute.daftar().size();
    tambah("SDM", "33.74.11", null, "PENGURUS_FORUM");
    long id =
        rute.daftar().stream()
            .filter(r -> "33.74.11".equals(r.prefiksWilayah()))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(
            mvc.post()
                .uri("/konsultasi/rute/{id}/hapus", id)
                .with(KonsultasiUji.admin())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(rute.daftar()).hasSize((int) jumlah);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = 'rute_konsultasi'"
                        + " AND id_rekaman = :id")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  private void tambah(String kategori, String prefiks, Long akun, String peran) {
    assertThat(
            mvc.post()
                .uri("/konsultasi/rute")
                .param("kategori", kategori)
                .param("prefiksWilayah", prefiks)
                .param("akunId", akun == null ? "" : String.valueOf(akun))
                .param("peran", peran)
                .with(KonsultasiUji.admin())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("pesan", "konsultasi.rute.ditambah");
  }
}

package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scope matrix: each caller sees exactly the cooperatives of their scope in the list page, the
 * search by number, the detail page, the API list and detail, a cooperative's RAT page and API, and
 * the RAT compliance page and API; 404 for the others. Four cooperatives without any RAT (so all
 * are in the compliance lists): one in Sekayu belonging to a gerai, one in its sibling
 * Purwodinatan, one in Tanjung Mas (another kecamatan), and one in Srondol Wetan whose officer has
 * an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired KoperasiService layanan;

  long gerai;
  long akun;
  String awalan;
  String nomor;
  Map<String, Long> koperasi;

  @BeforeEach
  void siapkan() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    gerai = 880000L + (long) (Math.random() * 10000);
    akun = 930000L + (long) (Math.random() * 10000);
    awalan = KoperasiFixture.unik("Cakupan");
    nomor = KoperasiFixture.unik("BH").replace(" ", "-");
    koperasi = new LinkedHashMap<>();
    simpan(data, "sekayu", KoperasiFixture.SEKAYU, gerai, null);
    simpan(data, "purwodinatan", KoperasiFixture.PURWODINATAN, null, null);
    simpan(data, "tanjungmas", KoperasiFixture.TANJUNG_MAS, null, null);
    simpan(data, "milik", KoperasiFixture.SRONDOL_WETAN, null, akun);
  }

  @Test
  void aGeraiOfficerSeesOnlyTheirGeraisCooperatives() {
    periksa(
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU)),
        Set.of("sekayu"));
  }

  @Test
  void aKecamatanUserSeesTheirKecamatan() {
    periksa(
        sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")), Set.of("sekayu", "purwodinatan"));
  }

  @Test
  void aKelurahanUserSeesTheirKelurahan() {
    periksa(
        sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah(KoperasiFixture.SEKAYU)), Set.of("sekayu"));
  }

  @Test
  void aCooperativeOfficerSeesOnlyTheirOwn() {
    periksa(sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun)), Set.of("milik"));
  }

  @Test
  void aBusinessActorSeesNoCooperative() {
    periksa(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun + 1)), Set.of());
  }

  @Test
  void cityStaffSeeAllFour() {
    periksa(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74")), koperasi.keySet());
  }

  @Test
  void otherPartsCanAskWhetherACooperativeIsInScope() {
    Cakupan kelurahan = Cakupan.wilayah(KoperasiFixture.SEKAYU);
    layanan.pastikanTerjangkau(koperasi.get("sekayu"), kelurahan);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> layanan.pastikanTerjangkau(koperasi.get("tanjungmas"), kelurahan))
        .isInstanceOf(TidakDitemukan.class);
  }

  @Test
  void nobodyEditsOrEntersRatOutsideTheirScope() {
    RequestPostProcessor petugas =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU));
    long lain = koperasi.get("purwodinatan");
    var csrf =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .csrf();
    assertThat(mvc.get().uri("/koperasi/{id}/ubah", lain).with(petugas))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/rat", lain)
                .with(petugas)
                .with(csrf)
                .param("tahunBuku", "2024")
                .param("tanggal", "2025-03-01"))
        .hasStatus(HttpStatus.NOT_FOUND);
    RequestPostProcessor pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/pengurus", lain)
                .with(pengurus)
                .with(csrf)
                .param("kedudukan", "PENGURUS")
                .param("nama", "X")
                .param("jabatan", "Ketua"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private void periksa(RequestPostProcessor siapa, Set<String> terlihat) {
    String daftar = teks(mvc.get().uri("/koperasi?q={q}&ukuran=200", awalan).with(siapa));
    String cari =
        teks(mvc.get().uri("/koperasi?q={q}&ukuran=200", nomor.toLowerCase()).with(siapa));
    String ratDaftar = teks(mvc.get().uri("/koperasi/rat?ukuran=200").with(siapa));
    String ratApi = teks(mvc.get().uri("/api/v1/koperasi/rat/kepatuhan?ukuran=200").with(siapa));
    var ekspor = mvc.get().uri("/koperasi/ekspor.csv?q={q}", awalan).with(siapa).exchange();
    // Cooperative officers and business actors may not export at all; the others get their scope.
    boolean bolehEkspor = ekspor.getResponse().getStatus() == 200;
    if (!bolehEkspor) {
      assertThat(ekspor.getResponse().getStatus()).isEqualTo(403);
    }
    String csv = teks(mvc.get().uri("/koperasi/ekspor.csv?q={q}", awalan).with(siapa));
    for (Map.Entry<String, Long> e : koperasi.entrySet()) {
      boolean boleh = terlihat.contains(e.getKey());
      String nama = awalan + " " + e.getKey();
      assertThat(daftar.contains(nama)).as("list %s", e.getKey()).isEqualTo(boleh);
      assertThat(cari.contains(nama)).as("search %s", e.getKey()).isEqualTo(boleh);
      assertThat(ratDaftar.contains(nama)).as("RAT list %s", e.getKey()).isEqualTo(boleh);
      assertThat(ratApi.contains(nama)).as("RAT API %s", e.getKey()).isEqualTo(boleh);
      assertThat(csv.contains(nama)).as("export %s", e.getKey()).isEqualTo(boleh && bolehEkspor);
      HttpStatus status = boleh ? HttpStatus.OK : HttpStatus.NOT_FOUND;
      long id = e.getValue();
      assertThat(mvc.get().uri("/koperasi/{id}", id).with(siapa)).hasStatus(status);
      assertThat(mvc.get().uri("/api/v1/koperasi/{id}", id).with(siapa)).hasStatus(status);
      assertThat(mvc.get().uri("/koperasi/{id}/rat", id).with(siapa)).hasStatus(status);
      assertThat(mvc.get().uri("/api/v1/koperasi/{id}/rat", id).with(siapa)).hasStatus(status);
      assertThat(mvc.get().uri("/api/v1/koperasi/{id}/usaha", id).with(siapa)).hasStatus(status);
    }
    assertThat(mvc.get().uri("/api/v1/koperasi?q={q}", awalan).with(siapa))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(terlihat.size());
    assertThat(mvc.get().uri("/api/v1/koperasi?q={q}", nomor).with(siapa))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(terlihat.size());
  }

  private static String teks(
      org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder b) {
    try {
      return b.exchange().getResponse().getContentAsString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void simpan(KoperasiFixture data, String kunci, String kode, Long geraiId, Long akunId) {
    long id = data.koperasi(awalan + " " + kunci, kode, geraiId, akunId, BentukKoperasi.PRIMER);
    jdbc.sql("UPDATE koperasi SET nomor_badan_hukum = :n WHERE id = :id")
        .param("n", nomor + "/" + kunci)
        .param("id", id)
        .update();
    koperasi.put(kunci, id);
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
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
 * The scope matrix: each caller sees exactly the businesses of their scope in the list page, the
 * search, the detail page, the API list and the API detail, and 404 for the others. Four
 * businesses: one in Sekayu registered through a gerai, one in its sibling Purwodinatan, one in
 * Tanjung Mas (another kecamatan) and one in Srondol Wetan owned by a business actor's account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UmkmService layanan;

  long gerai;
  long akun;
  String awalan;
  String produk;
  Map<String, Long> usaha;

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    gerai = 870000L + (long) (Math.random() * 10000);
    akun = 910000L + (long) (Math.random() * 10000);
    awalan = UmkmFixture.unik("Cakupan");
    produk = UmkmFixture.unik("Produk");
    usaha = new LinkedHashMap<>();
    simpan(data, "sekayu", UmkmFixture.SEKAYU, gerai, null);
    simpan(data, "purwodinatan", UmkmFixture.PURWODINATAN, null, null);
    simpan(data, "tanjungmas", UmkmFixture.TANJUNG_MAS, null, null);
    simpan(data, "milik", UmkmFixture.SRONDOL_WETAN, null, akun);
  }

  @Test
  void aGeraiOfficerSeesOnlyTheirGeraisBusinesses() throws Exception {
    periksa(
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU)), Set.of("sekayu"));
  }

  @Test
  void aKecamatanUserSeesTheirKecamatan() throws Exception {
    periksa(
        sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")), Set.of("sekayu", "purwodinatan"));
  }

  @Test
  void aKelurahanUserSeesTheirKelurahan() throws Exception {
    periksa(sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah(UmkmFixture.SEKAYU)), Set.of("sekayu"));
  }

  @Test
  void aBusinessActorSeesOnlyTheirOwn() throws Exception {
    periksa(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun)), Set.of("milik"));
  }

  @Test
  void otherPartsOfTheRegisterCanAskWhetherABusinessIsInScope() {
    Cakupan kelurahan = Cakupan.wilayah(UmkmFixture.SEKAYU);
    layanan.pastikanTerjangkau(usaha.get("sekayu"), kelurahan);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> layanan.pastikanTerjangkau(usaha.get("tanjungmas"), kelurahan))
        .isInstanceOf(id.gerai.shared.TidakDitemukan.class);
  }

  @Test
  void cityStaffSeeAllFour() throws Exception {
    periksa(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74")), usaha.keySet());
  }

  @Test
  void aGeraiOfficerCannotEditOrVerifyOutsideTheirGerai() {
    RequestPostProcessor petugas =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU));
    long lain = usaha.get("purwodinatan");
    assertThat(mvc.get().uri("/umkm/{id}/ubah", lain).with(petugas))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/verifikasi", lain)
                .with(petugas)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private void periksa(RequestPostProcessor siapa, Set<String> terlihat) throws Exception {
    String halaman =
        mvc.get()
            .uri("/umkm?q={q}", awalan)
            .with(siapa)
            .exchange()
            .getResponse()
            .getContentAsString();
    String cari =
        mvc.get()
            .uri("/umkm?q={q}", produk)
            .with(siapa)
            .exchange()
            .getResponse()
            .getContentAsString();
    for (Map.Entry<String, Long> e : usaha.entrySet()) {
      boolean boleh = terlihat.contains(e.getKey());
      String nama = awalan + " " + e.getKey();
      assertThat(halaman.contains(nama)).as("list %s", e.getKey()).isEqualTo(boleh);
      assertThat(cari.contains(nama)).as("search %s", e.getKey()).isEqualTo(boleh);
      HttpStatus status = boleh ? HttpStatus.OK : HttpStatus.NOT_FOUND;
      assertThat(mvc.get().uri("/umkm/{id}", e.getValue()).with(siapa)).hasStatus(status);
      assertThat(mvc.get().uri("/api/v1/umkm/{id}", e.getValue()).with(siapa)).hasStatus(status);
    }
    assertThat(mvc.get().uri("/api/v1/umkm?q={q}", awalan).with(siapa))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(terlihat.size());
    assertThat(mvc.get().uri("/api/v1/umkm?q={q}", produk).with(siapa))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(terlihat.size());
  }

  private void simpan(UmkmFixture data, String kunci, String kode, Long geraiId, Long akunId) {
    long p = data.pelaku(UmkmFixture.unik("Pemilik"), null, null, kode, akunId);
    long u = data.usaha(p, awalan + " " + kunci, kode, geraiId, null, "TERVERIFIKASI");
    data.produk(u, produk);
    usaha.put(kunci, u);
  }
}

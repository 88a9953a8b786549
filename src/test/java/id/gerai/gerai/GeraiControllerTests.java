package id.gerai.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The gerai list (filters, paging, htmx fragment), one gerai's page and the map. */
@SpringBootTest
@AutoConfigureMockMvc
class GeraiControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository repo;

  String awalan;
  String sekayu;
  String tembalang;
  String tutup;
  long sekayuId;

  @BeforeEach
  void siapkan() {
    awalan = GeraiFixture.unik("Daftar");
    sekayu = awalan + " B Sekayu";
    tembalang = awalan + " A Tembalang";
    tutup = awalan + " C Tutup";
    sekayuId = GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.01.1007", sekayu);
    GeraiFixture.simpan(repo, GeraiJenis.STRATEGIS, "33.74.10.1001", tembalang);
    GeraiFixture.simpanTutup(repo, GeraiJenis.KELURAHAN, "33.74.01.1011", tutup);
  }

  @Test
  void theListIsAFullPageSortedByName() {
    assertThat(mvc.get().uri("/gerai").param("q", awalan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("<html", "id=\"hasil\"", "id=\"kecamatan\"", "Semarang Tengah")
        .containsSubsequence(tembalang, sekayu, tutup);
  }

  @Test
  void anHtmxRequestGetsOnlyTheResultsFragment() {
    assertThat(
            mvc.get()
                .uri("/gerai")
                .param("q", awalan)
                .header("HX-Request", "true")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"hasil\"", sekayu)
        .doesNotContain("<html", "<form", "id=\"kecamatan\"");
  }

  @Test
  void filtersByKecamatanKindStatusAndName() {
    liste("kecamatan", "33.74.01").contains(sekayu, tutup).doesNotContain(tembalang);
    liste("jenis", "STRATEGIS").contains(tembalang).doesNotContain(sekayu, tutup);
    liste("status", "TUTUP").contains(tutup).doesNotContain(sekayu, tembalang);
    liste("wilayah", "33.74.01.1007").contains(sekayu).doesNotContain(tutup);
  }

  @Test
  void aFinerAreaFromAnAreaPageIsShownAndKeptWhileInsideTheChosenKecamatan() {
    assertThat(
            mvc.get()
                .uri("/gerai")
                .param("wilayah", "33.74.01.1007")
                .param("kecamatan", "33.74.01")
                .param("q", awalan)
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah: Sekayu (33.74.01.1007)", sekayu)
        .doesNotContain(tutup);
    assertThat(
            mvc.get()
                .uri("/gerai")
                .param("wilayah", "33.74.01.1007")
                .param("kecamatan", "33.74.10")
                .param("q", awalan)
                .with(stafKota()))
        .bodyText()
        .contains(tembalang)
        .doesNotContain(sekayu);
  }

  @Test
  void pagingKeepsTheFiltersInItsLinks() {
    assertThat(
            mvc.get()
                .uri("/gerai")
                .param("kecamatan", "33.74.01")
                .param("jenis", "KELURAHAN")
                .param("ukuran", "5")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Halaman 1 dari")
        .contains("/gerai?kecamatan=33.74.01&amp;jenis=KELURAHAN&amp;ukuran=5&amp;halaman=1")
        .contains("hx-push-url=\"true\"");
    assertThat(
            mvc.get()
                .uri("/gerai")
                .param("kecamatan", "33.74.01")
                .param("ukuran", "5")
                .param("halaman", "1")
                .with(stafKota()))
        .bodyText()
        .contains("Halaman 2 dari", "halaman=0", "halaman=2");
  }

  @Test
  void badFiltersAre400NotAnError() {
    assertThat(mvc.get().uri("/gerai").param("kecamatan", "33.7x").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("33.7x");
    assertThat(mvc.get().uri("/gerai").param("jenis", "WARUNG").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theDetailShowsKindAreaChainHistoryAndOfficersLink() {
    assertThat(mvc.get().uri("/gerai/{id}", sekayuId).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(sekayu, "Gerai kelurahan", "Jl. Uji No. 1", "Lintang -6.99, bujur 110.42")
        .contains(
            "/wilayah/33.74",
            "/wilayah/33.74.01",
            "/wilayah/33.74.01.1007",
            "Kelurahan Sekayu",
            "Kecamatan Semarang Tengah")
        .doesNotContain("Kota Kota")
        .contains("Riwayat status", "Gerai dibuka")
        .contains("/gerai/" + sekayuId + "/pengurus")
        .contains("/gerai/" + sekayuId + "/ubah", "/gerai/" + sekayuId + "/tutup");
  }

  @Test
  void aNonNumericIdIs400AndAnUnknownOne404() {
    assertThat(mvc.get().uri("/gerai/abc").with(stafKota())).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/gerai/987654321").with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("Gerai 987654321 tidak ditemukan");
  }

  @Test
  void pagesSpeakEnglishWithLangEn() {
    assertThat(mvc.get().uri("/gerai/{id}", sekayuId).param("lang", "en").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Kelurahan gerai", "Status history", "Gerai opened", "Opening date")
        .doesNotContain("Riwayat status");
    assertThat(mvc.get().uri("/gerai").param("q", awalan).param("lang", "en").with(stafKota()))
        .bodyText()
        .contains("Gerai list", "Strategic location", "Closed");
  }

  @Test
  void theMapPageLoadsLeafletAndPassesTheTileUrlAsData() {
    assertThat(mvc.get().uri("/gerai/peta").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "/dist/leaflet.js",
            "/dist/leaflet.css",
            "data-gambar=\"/webjars/leaflet/dist/images/\"")
        .contains("/js/peta.js", "data-data-url=\"/gerai/peta/data\"")
        .contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"")
        .contains("belum memiliki posisi", "Gerai Kopi &amp; Mi Kelurahan Sekayu")
        .doesNotContain("<script>");
  }

  @Test
  void theMapDataListsGeraiWithAPositionButNotClosedOnes() {
    assertThat(mvc.get().uri("/gerai/peta/data").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[*].nama")
        .asArray()
        .contains(sekayu, tembalang, "Gerai Kopi & Mi Balai Kota")
        .doesNotContain(tutup, "Gerai Kopi & Mi Kelurahan Sekayu");
  }

  private AbstractStringAssert<?> liste(String nama, String nilai) {
    return assertThat(
            mvc.get().uri("/gerai").param("q", awalan).param(nama, nilai).with(stafKota()))
        .hasStatusOk()
        .bodyText();
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The register's list: search by business, product or owner, filters, paging and htmx. */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmDaftarTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  String awalan;
  String keripik;
  String batik;
  String produk;
  String pemilik;

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    awalan = UmkmFixture.unik("Daftar");
    produk = UmkmFixture.unik("Tahu bakso");
    pemilik = UmkmFixture.unik("Sumarni");
    keripik = awalan + " Keripik";
    batik = awalan + " Batik";
    long p1 = data.pelaku(pemilik, null, null, UmkmFixture.SEKAYU, null);
    long p2 = data.pelaku(UmkmFixture.unik("Darto"), null, null, UmkmFixture.TANJUNG_MAS, null);
    long u1 = data.usaha(p1, keripik, UmkmFixture.SEKAYU, null, "10794", "TERVERIFIKASI");
    data.usaha(p2, batik, UmkmFixture.TANJUNG_MAS, 880001L, "13134", "BELUM");
    data.produk(u1, produk);
  }

  @Test
  void searchFindsByPartOfTheNameProductOrOwnerIgnoringCase() {
    api("q=" + awalan.toUpperCase()).extractingPath("$.total").isEqualTo(2);
    api("q=" + produk.substring(5).toLowerCase())
        .extractingPath("$.isi[0].nama")
        .isEqualTo(keripik);
    api("q=" + pemilik).extractingPath("$.isi[0].nama").isEqualTo(keripik);
    api("q=" + pemilik).extractingPath("$.total").isEqualTo(1);
  }

  @Test
  void filtersNarrowTheList() {
    String q = "q=" + awalan + "&";
    api(q + "kecamatan=33.74.02").extractingPath("$.isi[0].nama").isEqualTo(batik);
    api(q + "kecamatan=33.74.02").extractingPath("$.total").isEqualTo(1);
    api(q + "kelurahan=" + UmkmFixture.SEKAYU).extractingPath("$.isi[0].nama").isEqualTo(keripik);
    api(q + "gerai=880001").extractingPath("$.isi[0].nama").isEqualTo(batik);
    api(q + "kbli=10").extractingPath("$.isi[0].nama").isEqualTo(keripik);
    api(q + "kbli=13134").extractingPath("$.isi[0].nama").isEqualTo(batik);
    api(q + "verifikasi=BELUM").extractingPath("$.isi[0].nama").isEqualTo(batik);
    api(q + "verifikasi=BELUM").extractingPath("$.total").isEqualTo(1);
    api(q + "status=TUTUP").extractingPath("$.total").isEqualTo(0);
  }

  @Test
  void sortingAndPaging() {
    String q = "q=" + awalan + "&ukuran=1&urut=nama";
    api(q).extractingPath("$.isi[0].nama").isEqualTo(batik);
    api(q + "&halaman=1").extractingPath("$.isi[0].nama").isEqualTo(keripik);
    api("q=" + awalan + "&urut=terbaru").extractingPath("$.isi[0].nama").isEqualTo(batik);
  }

  @Test
  void badFiltersAre400NotErrors() {
    assertThat(mvc.get().uri("/api/v1/umkm?kbli=A1").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/umkm?verifikasi=X").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/umkm?kecamatan=abc").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void thePageShowsTheListAndHtmxGetsOnlyTheResults() {
    assertThat(mvc.get().uri("/umkm?q={q}", awalan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("<html", keripik, batik, "Belum terverifikasi", "id=\"q\"");
    assertThat(
            mvc.get()
                .uri("/umkm?q={q}&verifikasi=TERVERIFIKASI", awalan)
                .header("HX-Request", "true")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"hasil\"", keripik)
        .doesNotContain("<html", batik, "id=\"q\"");
  }

  @Test
  void theListSpeaksEnglish() {
    assertThat(mvc.get().uri("/umkm?lang=en&q={q}", awalan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("MSME register", "Unverified", "Business, product or owner name");
  }

  private org.springframework.test.json.AbstractJsonContentAssert<?> api(String query) {
    return assertThat(mvc.get().uri("/api/v1/umkm?" + query).with(stafKota()))
        .hasStatusOk()
        .bodyJson();
  }
}

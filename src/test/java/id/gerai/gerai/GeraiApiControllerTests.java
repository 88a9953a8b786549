package id.gerai.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/v1/gerai}: paging, filters, one gerai, and clear 400/404 answers. */
@SpringBootTest
@AutoConfigureMockMvc
class GeraiApiControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository repo;

  @Test
  void aPageCarriesItsNumberSizeAndTotal() {
    var json =
        assertThat(
                mvc.get().uri("/api/v1/gerai?wilayah=33.74&halaman=1&ukuran=10").with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.isi.length()").isEqualTo(10);
    json.extractingPath("$.nomor").isEqualTo(1);
    json.extractingPath("$.ukuran").isEqualTo(10);
    json.extractingPath("$.total")
        .asNumber()
        .satisfies(n -> assertThat(n.longValue()).isGreaterThanOrEqualTo(197));
  }

  @Test
  void thePageSizeIsCappedAt200() {
    assertThat(mvc.get().uri("/api/v1/gerai?ukuran=5000").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.ukuran")
        .isEqualTo(200);
  }

  @Test
  void filtersByAreaKindStatusAndName() {
    String nama = GeraiFixture.unik("Api");
    GeraiFixture.simpanTutup(repo, GeraiJenis.STRATEGIS, "33.74.10.1001", nama);

    assertThat(
            mvc.get().uri("/api/v1/gerai?wilayah=33.74&jenis=KECAMATAN&ukuran=50").with(stafKota()))
        .bodyJson()
        .extractingPath("$.isi[*].jenis")
        .asArray()
        .hasSizeGreaterThanOrEqualTo(16)
        .containsOnly("KECAMATAN");
    assertThat(mvc.get().uri("/api/v1/gerai?wilayah=33.74.01&ukuran=200").with(stafKota()))
        .bodyJson()
        .extractingPath("$.isi[*].kodeWilayah")
        .asArray()
        .allSatisfy(k -> assertThat(k.toString()).startsWith("33.74.01"));
    var json =
        assertThat(
                mvc.get()
                    .uri("/api/v1/gerai")
                    .param("q", nama.toUpperCase())
                    .param("status", "TUTUP")
                    .param("jenis", "STRATEGIS")
                    .param("wilayah", "33.74.10")
                    .with(stafKota()))
            .bodyJson();
    json.extractingPath("$.total").isEqualTo(1);
    json.extractingPath("$.isi[0].nama").isEqualTo(nama);
    json.extractingPath("$.isi[0].namaWilayah").isEqualTo("Meteseh");
    assertThat(
            mvc.get()
                .uri("/api/v1/gerai")
                .param("q", nama)
                .param("status", "AKTIF")
                .with(stafKota()))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void wildcardsInTheNameSearchAreTakenLiterally() {
    assertThat(mvc.get().uri("/api/v1/gerai").param("q", "%").with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void oneGeraiComesWithItsAreaChainAndHistory() {
    String nama = GeraiFixture.unik("Api Detail");
    long id = GeraiFixture.simpan(repo, GeraiJenis.KELURAHAN, "33.74.01.1007", nama);

    var json =
        assertThat(mvc.get().uri("/api/v1/gerai/{id}", id).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.nama").isEqualTo(nama);
    json.extractingPath("$.jenis").isEqualTo("KELURAHAN");
    json.extractingPath("$.status").isEqualTo("AKTIF");
    json.extractingPath("$.tanggalBuka").isEqualTo("2020-01-15");
    json.extractingPath("$.rantai[*].kode")
        .asArray()
        .containsExactly("33", "33.74", "33.74.01", "33.74.01.1007");
    json.extractingPath("$.riwayat[0].status").isEqualTo("AKTIF");
  }

  @Test
  void malformedInputIs400AndAnUnknownGerai404() {
    assertThat(
            mvc.get()
                .uri("/api/v1/gerai?wilayah=33.7x")
                .with(stafKota())
                .header("Accept-Language", "en"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("is not valid");
    assertThat(mvc.get().uri("/api/v1/gerai?jenis=WARUNG").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/gerai?halaman=x").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/gerai/abc").with(stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/gerai/987654321").with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Gerai 987654321 tidak ditemukan.");
  }

  @Test
  void theApiNeedsASignedInCaller() {
    assertThat(mvc.get().uri("/api/v1/gerai")).hasStatus(HttpStatus.UNAUTHORIZED);
  }
}

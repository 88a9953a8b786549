package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The list's search and filters, each on its own, and its htmx paging: a fragment for htmx, the
 * whole page otherwise. The cooperatives belong to a gerai of their own, so a gerai scope isolates
 * them from other tests' data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiDaftarTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void eachFilterSelectsItsCooperatives() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long gerai = 600000L + (long) (Math.random() * 100000);
    String awalan = KoperasiFixture.unik("Saring");
    long ksp =
        data.koperasi(
            awalan + " Alpha", KoperasiFixture.SEKAYU, gerai, null, BentukKoperasi.PRIMER);
    long jasa =
        data.koperasi(
            awalan + " Beta", KoperasiFixture.TANJUNG_MAS, gerai, null, BentukKoperasi.SEKUNDER);
    jdbc.sql(
            "UPDATE koperasi SET jenis = 'JASA', kelompok = 'LAINNYA', status = 'TIDAK_AKTIF',"
                + " status_verifikasi = 'BELUM' WHERE id = :id")
        .param("id", jasa)
        .update();
    jdbc.sql("INSERT INTO koperasi_program (koperasi_id, nama) VALUES (:id, 'Merah Putih')")
        .param("id", ksp)
        .update();
    RequestPostProcessor petugas =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU));
    periksa(petugas, "q=" + awalan.toUpperCase(), 2);
    periksa(petugas, "q=" + awalan.substring(7) + " al", 1);
    periksa(petugas, "kecamatan=33.74.01", 1);
    periksa(petugas, "kelurahan=" + KoperasiFixture.TANJUNG_MAS, 1);
    periksa(petugas, "jenis=JASA", 1);
    periksa(petugas, "kelompok=KSP", 1);
    periksa(petugas, "bentuk=SEKUNDER", 1);
    periksa(petugas, "status=AKTIF", 1);
    periksa(petugas, "verifikasi=BELUM", 1);
    periksa(petugas, "program=merah putih", 1);
    periksa(petugas, "jenis=JASA&bentuk=PRIMER", 0);
    assertThat(mvc.get().uri("/api/v1/koperasi?kecamatan=bukan").with(petugas))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/koperasi?jenis=BUKAN").with(petugas))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/koperasi?predikat=BAGUS").with(petugas))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Predikat BAGUS tidak dikenal.");
  }

  @Test
  void htmxGetsTheResultsFragmentWithAPagerAndAPlainRequestTheWholePage() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long gerai = 600000L + (long) (Math.random() * 100000);
    String awalan = KoperasiFixture.unik("Halaman");
    for (int i = 0; i < 3; i++) {
      data.koperasi(awalan + " " + i, KoperasiFixture.SEKAYU, gerai, null, BentukKoperasi.PRIMER);
    }
    RequestPostProcessor petugas =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU));
    assertThat(
            mvc.get()
                .uri("/koperasi?ukuran=2&halaman=1&q={q}", awalan)
                .header("HX-Request", "true")
                .with(petugas))
        .hasStatusOk()
        .bodyText()
        .startsWith("<div id=\"hasil\"")
        .contains(awalan + " 2", "rel=\"prev\"")
        .doesNotContain(awalan + " 0", "<html");
    assertThat(mvc.get().uri("/koperasi?ukuran=2&q={q}", awalan).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains("<html", awalan + " 0", awalan + " 1", "rel=\"next\"");
  }

  private void periksa(RequestPostProcessor siapa, String kueri, int jumlah) {
    assertThat(mvc.get().uri("/api/v1/koperasi?" + kueri).with(siapa))
        .as(kueri)
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(jumlah);
  }
}

package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reports of a gerai reach only callers whose scope reaches that gerai: another gerai's officer, a
 * sibling kecamatan's staff and a business actor get 404 and none of its data, through the list
 * page, the report page, every API call and the form's posts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LaporanGeraiUji.class)
class LaporanGeraiCakupanTests {

  static final String OKT = "2026-10";
  static final String RAHASIA = "Catatan rahasia gerai Sekayu";

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository geraiRepo;
  @Autowired LaporanGeraiRepository laporanRepo;
  @Autowired LaporanGeraiUji.Jam jam;

  long sekayu;
  String nama;

  @BeforeEach
  void siapkan() {
    nama = GeraiFixture.unik("Sekayu Lapor");
    sekayu = GeraiFixture.simpan(geraiRepo, GeraiJenis.KELURAHAN, "33.74.01.1007", nama);
    Periode p = Periode.dari(OKT, 1);
    LaporanGerai l =
        LaporanGerai.mulai(sekayu, p, p.tenggat(10), null, LaporanGeraiUji.HARI_BIASA, "u");
    l.isi(new LaporanGeraiAngka(1, 0, 0, 0, 2, 0, 0, 0), RAHASIA, 0, LaporanGeraiUji.HARI_BIASA);
    laporanRepo.save(l);
  }

  @AfterEach
  void pulihkan() {
    jam.kembalikan();
  }

  static List<RequestPostProcessor> diLuar() {
    long lain = 999_999L;
    return List.of(
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(lain, "33.74.01.1011")),
        sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.10")),
        sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74.01.1011")),
        sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(42)));
  }

  @Test
  void callersOutsideTheScopeGet404AndNoData() {
    for (RequestPostProcessor luar : diLuar()) {
      for (String uri :
          List.of(
              "/gerai/" + sekayu + "/laporan",
              "/gerai/" + sekayu + "/laporan/" + OKT,
              "/api/v1/gerai/" + sekayu + "/laporan",
              "/api/v1/gerai/" + sekayu + "/laporan/" + OKT)) {
        assertThat(mvc.get().uri(uri).with(luar))
            .hasStatus(HttpStatus.NOT_FOUND)
            .bodyText()
            .doesNotContain(RAHASIA)
            .doesNotContain(nama);
      }
    }
  }

  @Test
  void anotherGeraisOfficerCannotWriteEither() {
    RequestPostProcessor lain =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(999_999L, "33.74.01.1011"));
    assertThat(
            mvc.put()
                .uri("/api/v1/gerai/{id}/laporan/{p}", sekayu, OKT)
                .with(lain)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"angka\":{\"jumlahPertemuan\":9},\"catatan\":\"ditimpa\"}"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/gerai/{id}/laporan/{p}/kirim", sekayu, OKT)
                .with(lain)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/laporan/{p}", sekayu, OKT)
                .with(lain)
                .with(csrf())
                .param("jumlahPertemuan", "9")
                .param("aksi", "kirim"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/gerai/{id}/laporan/{p}/setujui", sekayu, OKT)
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.10")))
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            laporanRepo
                .findByGeraiIdAndPeriode(sekayu, OKT)
                .orElseThrow()
                .angka()
                .jumlahPertemuan())
        .isEqualTo(1);
  }

  @Test
  void theOwnOfficerAndTheKecamatanSeeTheReport() {
    RequestPostProcessor sendiri =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(sekayu, "33.74.01.1007"));
    RequestPostProcessor kecamatan = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01"));
    for (RequestPostProcessor boleh : List.of(sendiri, kecamatan)) {
      assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan/{p}", sekayu, OKT).with(boleh))
          .hasStatusOk()
          .bodyText()
          .contains(RAHASIA);
      assertThat(mvc.get().uri("/gerai/{id}/laporan", sekayu).with(boleh))
          .hasStatusOk()
          .bodyText()
          .contains(OKT);
    }
    // a mentor reads but does not fill in reports
    assertThat(
            mvc.put()
                .uri("/api/v1/gerai/{id}/laporan/{p}", sekayu, OKT)
                .with(kecamatan)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"angka\":{\"jumlahPertemuan\":9}}"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theGeraiPageLinksItsReportsAndMembers() {
    jam.atur(LocalDate.of(2026, 11, 5));
    assertThat(
            mvc.get()
                .uri("/gerai/{id}", sekayu)
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(sekayu, "33.74.01.1007"))))
        .hasStatusOk()
        .bodyText()
        .contains(
            "/gerai/" + sekayu + "/laporan", "/gerai/" + sekayu + "/anggota", "grafik-anggota");
  }
}

package id.gerai.koperasi.kesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.koperasi.LaporanKeuanganPos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A rubric file is checked before use: the shipped one passes, broken ones name the problem. */
class RubrikPeriksaTests {

  @Test
  void theShippedRubricIsSound() {
    Rubrik r = RubrikUji.perdep06();
    assertThat(RubrikPeriksa.periksa(r, LaporanKeuanganPos.semuaKode())).isEmpty();
    assertThat(r.aspek()).hasSize(7);
    assertThat(r.aspek())
        .extracting(a -> a.bobot().intValue())
        .containsExactly(15, 25, 15, 10, 15, 10, 10);
  }

  @Test
  void wrongWeightsAGapInATableAnUnknownFigureAndALoopAreReported() throws IOException {
    String teks =
        asli()
            .replaceFirst("\"bobot\": 15", "\"bobot\": 16")
            .replace("\"(20,40]\"", "\"(21,40]\"")
            .replace("\"x\": \"kas_bank\"", "\"x\": \"kas_dan_bank\"")
            .replace("\"x\": \"pinjaman_non_anggota\"", "\"x\": \"pinjaman_diberikan\"");
    Rubrik r = RubrikBaca.baca(teks).orElseThrow();
    assertThat(RubrikPeriksa.periksa(r, LaporanKeuanganPos.semuaKode()))
        .extracting(GalatRubrik::kode)
        .contains("bobot-aspek", "bobot-total", "cakupan-tabel", "nama-tak-dikenal", "siklus");
  }

  @Test
  void anUnknownFieldOrNonJsonIsNotARubric() throws IOException {
    assertThat(RubrikBaca.baca("bukan json")).isEmpty();
    assertThat(RubrikBaca.baca(asli().replaceFirst("\"kode\"", "\"kodee\""))).isEmpty();
  }

  @Test
  void predicateBandsMustCoverZeroToHundred() throws IOException {
    Rubrik r = RubrikBaca.baca(asli().replace("\"[66,80)\"", "\"[67,80)\"")).orElseThrow();
    assertThat(RubrikPeriksa.periksa(r, LaporanKeuanganPos.semuaKode()))
        .extracting(GalatRubrik::kode)
        .containsExactly("cakupan-predikat");
  }

  static String asli() throws IOException {
    try (InputStream in = RubrikPeriksaTests.class.getResourceAsStream(RubrikUji.BERKAS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

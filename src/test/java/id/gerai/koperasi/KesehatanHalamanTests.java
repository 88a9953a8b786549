package id.gerai.koperasi;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.koperasi.kesehatan.RubrikUji;
import id.gerai.shared.Cakupan;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The statements form, the worksheet page and PDF, the history page. */
@SpringBootTest
@AutoConfigureMockMvc
class KesehatanHalamanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void anOfficerEntersAYearInTheFormAndLandsOnTheWorksheet() {
    long akun = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, akun);
    RequestPostProcessor pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(mvc.get().uri("/koperasi/{id}/keuangan/2024", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("name=\"total_aset\"", "Kas dan bank", "dari 12 pertanyaan");
    MvcTestResult simpan =
        kirim(
            mvc.post().uri("/koperasi/{id}/keuangan/2024", id),
            pengurus,
            formulir(RubrikUji.sehatPenuh()));
    assertThat(simpan)
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/koperasi/" + id + "/kesehatan/2024");
    assertThat(mvc.get().uri("/koperasi/{id}/kesehatan/2024", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("100,00", "Sehat", "Laporan belum diverifikasi Dinkop", "perlu verifikasi")
        .contains("Modal sendiri terhadap total aset", "Subtotal Permodalan");
  }

  @Test
  void impossibleOrUnreadableFiguresAreReportedNextToTheirFields() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    Map<String, String> f = formulir(RubrikUji.sehatPenuh());
    f.put("kas_bank", "2.000");
    f.put("simpanan_pokok", "seratus");
    MvcTestResult r = kirim(mvc.post().uri("/koperasi/{id}/keuangan/2024", id), stafKota(), f);
    assertThat(r)
        .hasStatusOk()
        .bodyText()
        .contains("Simpanan pokok: bukan angka yang dapat dibaca", "value=\"seratus\"");
    f.put("simpanan_pokok", "100");
    assertThat(kirim(mvc.post().uri("/koperasi/{id}/keuangan/2024", id), stafKota(), f))
        .hasStatusOk()
        .bodyText()
        .contains("Kas dan bank tidak boleh melebihi total aset", "aria-invalid=\"true\"");
    f.put("kas_bank", "60");
    f.put("shu_sebelum_pajak", "-1.250,50");
    f.put("shu_bagian_anggota", "0");
    assertThat(kirim(mvc.post().uri("/koperasi/{id}/keuangan/2024", id), stafKota(), f))
        .hasStatus3xxRedirection();
    assertThat(
            jdbc.sql("SELECT shu_sebelum_pajak FROM laporan_keuangan WHERE koperasi_id = :id")
                .param("id", id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("-1250.50");
  }

  @Test
  void theWorksheetPrintsExportsToPdfAndSpeaksEnglish() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    m.put("atmr", null);
    put(id, 2024, m);
    assertThat(mvc.get().uri("/koperasi/{id}/kesehatan/2024", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Penilaian tidak lengkap",
            "ATMR, aktiva tertimbang menurut risiko",
            "css/kesehatan.css",
            "cetak-lembar");
    assertThat(mvc.get().uri("/koperasi/{id}/kesehatan/2024?lang=en", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Incomplete assessment", "Own capital to total assets", "needs verification");
    MvcTestResult pdf =
        mvc.get().uri("/koperasi/{id}/kesehatan/2024/pdf", id).with(stafKota()).exchange();
    assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
    assertThat(
            new String(
                pdf.getResponse().getContentAsByteArray(),
                0,
                5,
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
  }

  @Test
  void thePdfOfACompleteWorksheetCarriesEveryRowTheTotalAndThePredicate() throws Exception {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    put(id, 2024, RubrikUji.delapanPuluh());
    MvcTestResult pdf =
        mvc.get().uri("/koperasi/{id}/kesehatan/2024/pdf", id).with(stafKota()).exchange();
    var baca = new com.lowagie.text.pdf.PdfReader(pdf.getResponse().getContentAsByteArray());
    var teks = new com.lowagie.text.pdf.parser.PdfTextExtractor(baca);
    StringBuilder semua = new StringBuilder();
    for (int i = 1; i <= baca.getNumberOfPages(); i++) {
      semua.append(teks.getTextFromPage(i));
    }
    assertThat(semua.toString())
        .contains("Total skor 80,00", "Sehat", "Rasio kas", "Subtotal Jatidiri Koperasi")
        .contains("perlu verifikasi", "Perdep Pengawasan 06/Per/Dep.6/IV/2016");
  }

  @Test
  void theHistoryShowsEachYearWithAChartAndTheSupervisionListRenders() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    put(id, 2023, RubrikUji.limaPuluhSatu());
    put(id, 2024, RubrikUji.delapanPuluh());
    assertThat(mvc.get().uri("/koperasi/{id}/kesehatan", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("grafik-kesehatan", "data-tahun=\"2023,2024\"", "data-total=\"51.00,80.00\"")
        .contains("Dalam Pengawasan", "Sehat", "js/kesehatan.js");
    assertThat(mvc.get().uri("/koperasi/kesehatan/pengawasan").with(adminKota())).hasStatusOk();
    assertThat(mvc.get().uri("/koperasi/{id}/keuangan?tahun=2022", id).with(stafKota()))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/koperasi/" + id + "/keuangan/2022");
  }

  private void put(long id, int tahun, Map<String, BigDecimal> angka) {
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(KesehatanUji.json(angka)))
        .hasStatusOk();
  }

  private MvcTestResult kirim(
      MockMvcTester.MockMvcRequestBuilder req,
      RequestPostProcessor siapa,
      Map<String, String> form) {
    req.with(siapa).with(SecurityMockMvcRequestPostProcessors.csrf());
    form.forEach(req::param);
    return req.exchange();
  }

  private static Map<String, String> formulir(Map<String, BigDecimal> angka) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    angka.forEach((k, v) -> f.put(k, v == null ? "" : v.toPlainString()));
    return f;
  }
}

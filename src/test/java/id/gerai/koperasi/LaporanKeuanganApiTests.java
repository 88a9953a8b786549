package id.gerai.koperasi;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Statements through the API: recorded, read, verified, audited, and refused when impossible. */
@SpringBootTest
@AutoConfigureMockMvc
class LaporanKeuanganApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void staffRecordVerifiedStatementsThatAreAuditedAndReadBack() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    assertThat(put(id, 2024, RubrikUji.sehatPenuh(), stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.statusVerifikasi")
        .isEqualTo("TERVERIFIKASI");
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/keuangan/2024", id).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.angka.total_aset")
        .isEqualTo(1000.0);
    put(id, 2024, RubrikUji.delapanPuluh(), stafKota());
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = 'LAPORAN_KEUANGAN'"
                        + " AND id_rekaman = :id")
                .param("id", id + "/2024")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anOfficersStatementsStayUnverifiedUntilStaffVerify() {
    long akun = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, akun);
    RequestPostProcessor pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(put(id, 2024, RubrikUji.sehatPenuh(), pengurus))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.statusVerifikasi")
        .isEqualTo("BELUM");
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/keuangan/2024/verifikasi", id)
                .with(pengurus)
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/keuangan/2024/verifikasi", id)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.statusVerifikasi")
        .isEqualTo("TERVERIFIKASI");
    assertThat(put(id, 2024, RubrikUji.delapanPuluh(), pengurus))
        .bodyJson()
        .extractingPath("$.statusVerifikasi")
        .isEqualTo("BELUM");
  }

  @Test
  void impossibleStatementsAreRefusedWithAMessagePerFigureInBothLanguages() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    m.put("kas_bank", new BigDecimal("2000"));
    m.put("pinjaman_berisiko", new BigDecimal("900"));
    m.put("total_ekuitas", new BigDecimal("400"));
    MvcTestResult id1 = put(id, 2024, m, stafKota());
    assertThat(id1).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(id1)
        .bodyText()
        .contains("kas_bank", "Kas dan bank tidak boleh melebihi total aset")
        .contains("pinjaman_berisiko", "total_ekuitas");
    MvcTestResult en =
        mvc.put()
            .uri("/api/v1/koperasi/{id}/keuangan/2024", id)
            .with(stafKota())
            .with(SecurityMockMvcRequestPostProcessors.csrf())
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(KesehatanUji.json(m))
            .exchange();
    assertThat(en)
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Cash and bank cannot exceed total assets");
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/keuangan/2024", id).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void negativeBalancesTooManyYesAnswersAndUnknownFiguresAreRefused() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    Map<String, BigDecimal> m = RubrikUji.sehatPenuh();
    m.put("simpanan_wajib", new BigDecimal("-5"));
    m.put("ya_kelembagaan", new BigDecimal("7"));
    m.put("laba_ajaib", BigDecimal.ONE);
    assertThat(put(id, 2024, m, stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("simpanan_wajib", "ya_kelembagaan", "laba_ajaib");
    Map<String, BigDecimal> rugi = RubrikUji.sehatPenuh();
    rugi.put("shu_sebelum_pajak", new BigDecimal("-50"));
    rugi.put("shu_bagian_anggota", BigDecimal.ZERO);
    assertThat(put(id, 2024, rugi, stafKota())).hasStatusOk();
  }

  @Test
  void aYearInTheFutureIsRefusedAndAMentorMayNotRecord() {
    long id = KesehatanUji.koperasi(jdbc, SEKAYU, null, null);
    assertThat(put(id, 2999, RubrikUji.sehatPenuh(), stafKota())).hasStatus(HttpStatus.BAD_REQUEST);
    RequestPostProcessor pendamping = sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74"));
    assertThat(put(id, 2024, RubrikUji.sehatPenuh(), pendamping)).hasStatus(HttpStatus.FORBIDDEN);
  }

  private MvcTestResult put(
      long id, int tahun, Map<String, BigDecimal> angka, RequestPostProcessor siapa) {
    return mvc.put()
        .uri("/api/v1/koperasi/{id}/keuangan/{tahun}", id, tahun)
        .with(siapa)
        .with(SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(KesehatanUji.json(angka))
        .exchange();
  }
}

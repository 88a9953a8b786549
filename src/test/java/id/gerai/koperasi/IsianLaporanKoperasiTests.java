package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The gerai report's "new cooperatives met" starts from the cooperatives registered with that gerai
 * in the period: office days in Asia/Jakarta, first to last day inclusive, and nothing of another
 * gerai.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IsianLaporanKoperasiTests {

  static final String KODE = "33.74.01.1007";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  long gerai;
  long lain;
  long kosong;

  @BeforeEach
  void siapkan() {
    gerai = gerai();
    lain = gerai();
    kosong = gerai();
    // first and last minute of September 2026 in Jakarta count
    koperasi(gerai, "2026-09-01T00:00:00+07:00");
    koperasi(gerai, "2026-09-15T10:00:00+07:00");
    koperasi(gerai, "2026-09-30T23:59:00+07:00");
    // the night of 31 August and 1 October in Jakarta belong to other periods
    koperasi(gerai, "2026-08-31T23:59:00+07:00");
    koperasi(gerai, "2026-10-01T00:00:00+07:00");
    // registered in September with another gerai, or with none
    koperasi(lain, "2026-09-10T10:00:00+07:00");
    koperasi(null, "2026-09-10T10:00:00+07:00");
  }

  @Test
  void countsCooperativesRegisteredWithTheGeraiInThePeriod() {
    assertThat(koperasiBaru(gerai)).isEqualTo(3);
    assertThat(mvc.get().uri("/gerai/{id}/laporan/2026-09", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Tercatat di sistem: 3");
  }

  @Test
  void nothingCountsForAnotherGerai() {
    assertThat(koperasiBaru(lain)).isEqualTo(1);
    assertThat(koperasiBaru(kosong)).isZero();
  }

  @Test
  void theNeighbouringPeriodsCountTheirOwn() {
    assertThat(koperasiBaru(gerai, "2026-08")).isEqualTo(1);
    assertThat(koperasiBaru(gerai, "2026-10")).isEqualTo(1);
  }

  int koperasiBaru(long geraiId) {
    return koperasiBaru(geraiId, "2026-09");
  }

  int koperasiBaru(long geraiId, String periode) {
    Object[] hasil = new Object[1];
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan/{p}", geraiId, periode).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.isian.koperasiBaru")
        .satisfies(n -> hasil[0] = n);
    return ((Number) hasil[0]).intValue();
  }

  long gerai() {
    return simpan(
        jdbc.sql(
                "INSERT INTO gerai (jenis, nama, kode_wilayah, alamat, lintang, bujur,"
                    + " tanggal_buka, status, dibuat_pada, versi) VALUES ('KELURAHAN', :nama,"
                    + " :kode, 'Jl. Uji 1', -6.98, 110.41, :buka, 'AKTIF', :kini, 0)")
            .param("nama", "Gerai Koperasi " + UUID.randomUUID().toString().substring(0, 8))
            .param("kode", KODE)
            .param("buka", LocalDate.of(2020, 1, 1))
            .param("kini", Timestamp.from(Instant.now())));
  }

  void koperasi(Long geraiId, String dibuat) {
    jdbc.sql(
            "INSERT INTO koperasi (nama, jenis, kelompok, bentuk, kode_wilayah, gerai_id,"
                + " status, status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:nama,"
                + " 'SIMPAN_PINJAM', 'KSP', 'PRIMER', :kode, :gerai, 'AKTIF', 'BELUM', :d, :d,"
                + " 0)")
        .param("nama", KoperasiFixture.unik("Koperasi Isian"))
        .param("kode", KODE)
        .param("gerai", geraiId)
        .param("d", OffsetDateTime.parse(dibuat))
        .update();
  }

  private long simpan(JdbcClient.StatementSpec sql) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    sql.update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

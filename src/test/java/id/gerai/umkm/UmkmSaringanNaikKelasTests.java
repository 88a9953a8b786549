package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The register filters on the naik kelas data: latest class, binaan today, permits. */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmSaringanNaikKelasTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  String awalan;
  long kecil;
  long mikro;

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    awalan = UmkmFixture.unik("Saring");
    long pelaku = data.pelaku(awalan + " Ani", null, null, UmkmFixture.SEKAYU, null);
    kecil = data.usaha(pelaku, awalan + " Kecil", UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    mikro = data.usaha(pelaku, awalan + " Mikro", UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    tahun(kecil, 2024, "MIKRO");
    tahun(kecil, 2025, "KECIL");
    tahun(mikro, 2025, "MIKRO");
    jdbc.sql(
            "INSERT INTO binaan (usaha_id, pendamping, sejak, dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:u, 'Agus', :sejak, 'uji', :kini, 0)")
        .param("u", kecil)
        .param("sejak", LocalDate.now().minusMonths(3))
        .param("kini", OffsetDateTime.now())
        .update();
    jdbc.sql(
            "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, berlaku_sampai,"
                + " dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:u, 'HALAL', 'ID33110000123', :terbit, NULL, 'uji', :kini, 0)")
        .param("u", mikro)
        .param("terbit", LocalDate.now().minusYears(1))
        .param("kini", OffsetDateTime.now())
        .update();
  }

  @Test
  void theLatestYearDecidesTheClass() {
    assertThat(nama("kelas=KECIL")).contains(awalan + " Kecil").doesNotContain(awalan + " Mikro");
    assertThat(nama("kelas=MIKRO")).contains(awalan + " Mikro").doesNotContain(awalan + " Kecil");
  }

  @Test
  void binaanAndPermitsFilterInSqlAndReachTheExportToo() {
    assertThat(nama("binaan=true")).contains(awalan + " Kecil").doesNotContain(awalan + " Mikro");
    assertThat(nama("binaan=false")).contains(awalan + " Mikro").doesNotContain(awalan + " Kecil");
    assertThat(nama("punyaIzin=HALAL"))
        .contains(awalan + " Mikro")
        .doesNotContain(awalan + " Kecil");
    assertThat(nama("tanpaIzin=HALAL"))
        .contains(awalan + " Kecil")
        .doesNotContain(awalan + " Mikro");
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/ekspor?format=csv&punyaIzin=HALAL&q=" + awalan)
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"))))
        .hasStatusOk()
        .bodyText()
        .contains(awalan + " Mikro")
        .doesNotContain(awalan + " Kecil");
  }

  @Test
  void theListPageOffersTheFiltersInBothLanguages() {
    var siapa = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"));
    assertThat(mvc.get().uri("/umkm").with(siapa))
        .hasStatusOk()
        .bodyText()
        .contains("Kelas usaha (omzet terakhir)", "Belum memiliki izin");
    assertThat(mvc.get().uri("/umkm?lang=en&kelas=KECIL&q=" + awalan).with(siapa))
        .hasStatusOk()
        .bodyText()
        .contains("Lacks permit", awalan + " Kecil");
  }

  private String nama(String saring) {
    var hasil =
        mvc.get()
            .uri("/api/v1/umkm?q=" + awalan + "&" + saring)
            .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74")))
            .exchange();
    assertThat(hasil).hasStatusOk();
    return new String(
        hasil.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private void tahun(long usaha, int tahun, String kelas) {
    jdbc.sql(
            "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, sumber, kelas_omzet,"
                + " dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada)"
                + " VALUES (:u, :t, 1000, 'TERVERIFIKASI', :k, 'PP_7_2021', 'PP 7/2021 Pasal 35',"
                + " 'uji', :kini)")
        .param("u", usaha)
        .param("t", tahun)
        .param("k", kelas)
        .param("kini", OffsetDateTime.now())
        .update();
    jdbc.sql(AngkaTahunanPenyimpanan.KELAS_TERAKHIR).param("id", usaha).update();
  }
}

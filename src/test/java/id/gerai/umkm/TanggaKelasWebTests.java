package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The size-class rung on the ladder page and in the ladder API, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class TanggaKelasWebTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  long mikro;
  long kecil;
  long kosong;

  @BeforeEach
  void siapkan() {
    UmkmFixture data = new UmkmFixture(jdbc);
    long p = data.pelaku(UmkmFixture.unik("Kelas"), null, null, UmkmFixture.SEKAYU, null);
    mikro = data.usaha(p, UmkmFixture.unik("Mikro"), UmkmFixture.SEKAYU, null, null, "BELUM");
    kecil = data.usaha(p, UmkmFixture.unik("Kecil"), UmkmFixture.SEKAYU, null, null, "BELUM");
    kosong = data.usaha(p, UmkmFixture.unik("Kosong"), UmkmFixture.SEKAYU, null, null, "BELUM");
    tahun(mikro, 2025, "MIKRO");
    tahun(kecil, 2024, "MIKRO");
    tahun(kecil, 2025, "KECIL");
  }

  @Test
  void theLadderPageShowsTheClassAndTheNextClassInPlainWords() {
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", mikro).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Kelas usaha sekarang: Mikro (menurut omzet tahun 2025, PP 7/2021 Pasal 35).",
            "Dari mikro ke kecil: capai hasil penjualan tahunan di atas Rp2 miliar");
    assertThat(mvc.get().uri("/umkm/{id}/legalitas?lang=en", kecil).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Current size class: Small (by sales in 2025, PP 7/2021 Pasal 35).",
            "From small to medium: reach annual sales above Rp15 billion");
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", kosong).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Kelas usaha belum diketahui.", "Catat omzet tahunan usaha ini");
  }

  @Test
  void theLadderApiGivesTheClassTheNextClassAndTheStep() {
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tangga", kecil).with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kelas.kelas").isEqualTo("KECIL");
              assertThat(j).extractingPath("$.kelas.namaKelas").isEqualTo("Kecil");
              assertThat(j).extractingPath("$.kelas.tahun").isEqualTo(2025);
              assertThat(j).extractingPath("$.kelas.berikutnya").isEqualTo("MENENGAH");
              assertThat(j)
                  .extractingPath("$.kelas.kunciLangkah")
                  .isEqualTo("umkm.kelas.tangga.langkah.KECIL");
              assertThat(j)
                  .extractingPath("$.kelas.langkah")
                  .asString()
                  .contains("di atas Rp15 miliar");
            });
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/tangga", mikro)
                .header("Accept-Language", "en")
                .with(PenggunaUji.stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.kelas.langkah")
        .asString()
        .startsWith("From micro to small: reach annual sales above Rp2 billion");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tangga", kosong).with(PenggunaUji.stafKota()))
        .bodyJson()
        .extractingPath("$.kelas.kunciLangkah")
        .isEqualTo("umkm.kelas.tangga.langkah.kosong");
  }

  @Test
  void outsideTheScopeTheClassIsNotShown() {
    var lain = sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN_LAIN));
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tangga", kecil).with(lain))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("KECIL");
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

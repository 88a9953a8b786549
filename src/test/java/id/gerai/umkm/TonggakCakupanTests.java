package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scope on milestones: another kecamatan gets 404 on the page, the API and verification, and the
 * report count only ever includes verified milestones of businesses in the caller's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TonggakCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TonggakService tonggak;

  UmkmFixture fixture;
  LocalDate hariIni;
  long sekayu;
  long tanjungMas;

  @BeforeEach
  void siapkan() {
    fixture = new UmkmFixture(jdbc);
    hariIni = BinaanService.hariIni();
    sekayu = usaha("Bandeng Tonggak", UmkmFixture.SEKAYU);
    tanjungMas = usaha("Kerupuk Tonggak", UmkmFixture.TANJUNG_MAS);
  }

  @Test
  void anotherKecamatanGetsNotFoundEverywhere() {
    catat(sekayu, "Tonggak rahasia Sekayu", stafKota()).hasStatus(HttpStatus.CREATED);
    long id = idTerakhir(sekayu);
    RequestPostProcessor utara = sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.02"));
    assertThat(mvc.get().uri("/umkm/{id}/tonggak", sekayu).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Tonggak rahasia Sekayu");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/tonggak", sekayu).with(utara))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Tonggak rahasia Sekayu");
    catat(sekayu, "Dari luar", utara).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/tonggak/{t}/verifikasi", sekayu, id)
                .with(utara)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tonggak/{t}/verifikasi", tanjungMas, id)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM tonggak WHERE usaha_id = :u")
                .param("u", sekayu)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyVerifiedMilestonesInScopeCount() {
    LocalDate dari = hariIni.minusDays(7);
    Cakupan tengah = Cakupan.wilayah("33.74.01");
    Cakupan utara = Cakupan.wilayah("33.74.02");
    long tengahAwal = hitung(tengah, null);
    long utaraAwal = hitung(utara, null);
    long naikAwal = hitung(Cakupan.wilayah("33.74"), TonggakJenis.NAIK_KELAS);

    catat(sekayu, "Terverifikasi", stafKota()).hasStatus(HttpStatus.CREATED);
    catat(sekayu, "Menunggu", sebagai(Peran.PENDAMPING, tengah)).hasStatus(HttpStatus.CREATED);
    long menunggu = idTerakhir(sekayu);

    assertThat(hitung(tengah, null)).isEqualTo(tengahAwal + 1);
    assertThat(hitung(utara, null)).isEqualTo(utaraAwal);
    assertThat(hitung(Cakupan.wilayah("33.74"), TonggakJenis.NAIK_KELAS)).isEqualTo(naikAwal + 1);
    assertThat(tonggak.jumlahTerverifikasi(tengah, TonggakJenis.MODAL_DIPEROLEH, dari, hariIni))
        .isEqualTo(hitungJenis(tengah, TonggakJenis.MODAL_DIPEROLEH));
    assertThat(tonggak.jumlahTerverifikasi(tengah, null, hariIni.plusDays(1), null)).isZero();

    assertThat(
            mvc.post()
                .uri("/umkm/{id}/tonggak/{t}/verifikasi", sekayu, menunggu)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(hitung(tengah, null)).isEqualTo(tengahAwal + 2);
    assertThat(hitung(utara, null)).isEqualTo(utaraAwal);
    assertThat(hitung(Cakupan.TIDAK_ADA, null)).isZero();
  }

  private long hitung(Cakupan cakupan, TonggakJenis jenis) {
    return tonggak.jumlahTerverifikasi(cakupan, jenis, hariIni.minusDays(7), hariIni);
  }

  private long hitungJenis(Cakupan cakupan, TonggakJenis jenis) {
    return tonggak.jumlahTerverifikasi(cakupan, jenis, hariIni.minusDays(7), hariIni);
  }

  private long usaha(String nama, String kelurahan) {
    long p = fixture.pelaku(UmkmFixture.unik("Pemilik " + nama), null, null, kelurahan, null);
    return fixture.usaha(p, UmkmFixture.unik(nama), kelurahan, null, null, "TERVERIFIKASI");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResultAssert catat(
      long usaha, String keterangan, RequestPostProcessor siapa) {
    return assertThat(
        mvc.post()
            .uri("/api/v1/umkm/{id}/tonggak", usaha)
            .with(siapa)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"jenis\": \"NAIK_KELAS\", \"tanggal\": \"%s\", \"keterangan\": \"%s\"}"
                    .formatted(hariIni.minusDays(1), keterangan)));
  }

  private long idTerakhir(long usaha) {
    return jdbc.sql("SELECT MAX(id) FROM tonggak WHERE usaha_id = :u")
        .param("u", usaha)
        .query(Long.class)
        .single();
  }
}

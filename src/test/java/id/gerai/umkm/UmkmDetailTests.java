package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
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
import org.springframework.util.MultiValueMap;

/**
 * One business's page: NIK and phone masked for a gerai officer, clear for Dinkop staff (with the
 * trail row), verification, and a business actor's own edit making the record unverified.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmDetailTests {

  static final long GERAI = 880101L;
  static final long AKUN = 900101L;

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture data;
  String nik;
  String nama;
  long pelaku;
  long usaha;

  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    nik = UmkmFixture.nikUnik();
    nama = UmkmFixture.unik("Detail");
    pelaku = data.pelaku(UmkmFixture.unik("Wati"), nik, "+6281298765432", UmkmFixture.SEKAYU, AKUN);
    usaha = data.usaha(pelaku, nama, UmkmFixture.SEKAYU, GERAI, "10794", "BELUM");
  }

  @Test
  void aGeraiOfficerSeesTheNikAndPhoneMaskedAndLeavesNoTrail() {
    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(petugasGerai()))
        .hasStatusOk()
        .bodyText()
        .contains(
            nama,
            Nik.samarkan(nik),
            "+62812****5432",
            "/umkm/" + usaha + "/kelas",
            "/umkm/" + usaha + "/legalitas")
        .doesNotContain(nik, "+6281298765432");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}", usaha).with(petugasGerai()))
        .bodyJson()
        .extractingPath("$.pemilik.nik")
        .isEqualTo(Nik.samarkan(nik));
    assertThat(data.jejak("LIHAT_DATA_PRIBADI", "pelaku_usaha", pelaku)).isZero();
  }

  @Test
  void staffSeeTheNikInClearAndTheViewIsInTheTrail() {
    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(nik, "+6281298765432");
    assertThat(data.jejak("LIHAT_DATA_PRIBADI", "pelaku_usaha", pelaku)).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}", usaha).with(stafKota()))
        .bodyJson()
        .extractingPath("$.pemilik.nik")
        .isEqualTo(nik);
    assertThat(data.jejak("LIHAT_DATA_PRIBADI", "pelaku_usaha", pelaku)).isEqualTo(2);
  }

  @Test
  void aGeraiOfficerVerifies() {
    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(petugasGerai()))
        .bodyText()
        .contains("Verifikasi data ini");
    assertThat(mvc.post().uri("/umkm/{id}/verifikasi", usaha).with(petugasGerai()).with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(data.statusUsaha(usaha)).isEqualTo("TERVERIFIKASI");
    assertThat(data.jejak("VERIFIKASI", "usaha", usaha)).isEqualTo(1);
    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(petugasGerai()))
        .bodyText()
        .doesNotContain("Verifikasi data ini");
  }

  @Test
  void theBusinessActorCannotVerifyButTheirEditMakesItUnverified() {
    RequestPostProcessor pemilik = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(AKUN));
    assertThat(mvc.post().uri("/umkm/{id}/verifikasi", usaha).with(pemilik).with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    mvc.post().uri("/umkm/{id}/verifikasi", usaha).with(stafKota()).with(csrf()).exchange();
    assertThat(data.statusUsaha(usaha)).isEqualTo("TERVERIFIKASI");

    assertThat(mvc.get().uri("/umkm/{id}/ubah", usaha).with(pemilik))
        .hasStatusOk()
        .bodyText()
        .contains(Nik.samarkan(nik))
        .doesNotContain(nik);
    MultiValueMap<String, String> f = UmkmFixture.form("Wati", nama + " Baru", Nik.samarkan(nik));
    assertThat(mvc.post().uri("/umkm/{id}/ubah", usaha).with(pemilik).with(csrf()).params(f))
        .hasStatus(HttpStatus.FOUND);
    assertThat(data.statusUsaha(usaha)).isEqualTo("BELUM");
    assertThat(data.jumlahUsahaBernama(nama + " Baru")).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT nik FROM pelaku_usaha WHERE id = :id")
                .param("id", pelaku)
                .query(String.class)
                .single())
        .isEqualTo(nik);
    assertThat(data.jejak("UBAH", "usaha", usaha)).isEqualTo(1);
  }

  @Test
  void theApiEditsWithAVersionGuard() {
    String json = UmkmFixture.json("Wati", nama + " Api", null, UmkmFixture.SEKAYU);
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}?versi=99", usaha)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}?versi=0", usaha)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatusOk();
    assertThat(data.jumlahUsahaBernama(nama + " Api")).isEqualTo(1);
  }

  @Test
  void theDetailSpeaksEnglish() {
    assertThat(mvc.get().uri("/umkm/{id}?lang=en", usaha).with(petugasGerai()))
        .hasStatusOk()
        .bodyText()
        .contains("Unverified", "NIK and mobile number are masked", "Verify this record");
  }

  private static RequestPostProcessor petugasGerai() {
    return sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(GERAI, UmkmFixture.SEKAYU));
  }
}

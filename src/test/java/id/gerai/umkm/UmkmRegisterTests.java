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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

/** Registering a business with its owner through the short form and through the API. */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmRegisterTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture data;

  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
  }

  @Test
  void theShortFormRegistersThePersonAndTheBusiness() {
    String usaha = UmkmFixture.unik("Lumpia");
    MvcTestResult r =
        kirim(UmkmFixture.form(UmkmFixture.unik("Siti"), usaha, UmkmFixture.nikUnik()));
    assertThat(r).hasStatus(HttpStatus.FOUND);
    assertThat(r).redirectedUrl().startsWith("/umkm/");
    assertThat(data.jumlahUsahaBernama(usaha)).isEqualTo(1);
    String lokasi = r.getMvcResult().getResponse().getRedirectedUrl();
    assertThat(mvc.get().uri(lokasi).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(usaha, "Lumpia", "Wingko", "+6281234567890", "10794");
  }

  @Test
  void aNikWithAnErrorIsRefusedBesideTheField() {
    String usaha = UmkmFixture.unik("Tolak");
    MvcTestResult r = kirim(UmkmFixture.form("Budi", usaha, "3374011508850000"));
    assertThat(r).hasStatusOk().bodyText().contains("Nomor urut NIK (4 angka terakhir)");
    assertThat(data.jumlahUsahaBernama(usaha)).isZero();
  }

  @Test
  void aNikWarningIsAcceptedAndShown() {
    String usaha = UmkmFixture.unik("Peringatan");
    String nik = "337499" + UmkmFixture.nikUnik().substring(6);
    MvcTestResult r = kirim(UmkmFixture.form("Ani", usaha, nik));
    assertThat(r).hasStatus(HttpStatus.FOUND);
    assertThat(data.jumlahUsahaBernama(usaha)).isEqualTo(1);
    assertThat(r).flash().containsKey("peringatan");
    assertThat(r.getMvcResult().getFlashMap().get("peringatan").toString())
        .contains("umkm.nik.kecamatan-tidak-dikenal");
  }

  /** A date typed on a phone without a date picker, a stale choice: a message, never an error. */
  @Test
  void aDateOrChoiceThatCannotBeReadShowsBesideItsFieldAndKeepsTheRest() {
    String usaha = UmkmFixture.unik("Tanggal");
    MultiValueMap<String, String> f = UmkmFixture.form("Ani", usaha, null);
    f.set("tanggalLahir", "17/08/1985");
    f.set("bentukUsaha", "BENTUK_LAMA");
    f.set("tahunBerdiri", "dua ribu");
    assertThat(kirim(f))
        .hasStatusOk()
        .bodyText()
        .contains(usaha, "17/08/1985", "Tanggal tidak sah.", "Tahun harus berupa angka.");
    assertThat(data.jumlahUsahaBernama(usaha)).isZero();
  }

  @Test
  void anUnknownKelurahanIsRefused() {
    String usaha = UmkmFixture.unik("Antah");
    MultiValueMap<String, String> f = UmkmFixture.form("Ani", usaha, null);
    f.set("kelurahanUsaha", "33.74.01.1999");
    assertThat(kirim(f))
        .hasStatusOk()
        .bodyText()
        .contains("Pilih kelurahan yang ada di wilayah ini.");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm")
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(UmkmFixture.json("Ani", usaha, null, "33.74.01.1999")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.kelurahanUsaha")
        .isEqualTo("Pilih kelurahan yang ada di wilayah ini.");
    assertThat(data.jumlahUsahaBernama(usaha)).isZero();
  }

  @Test
  void theApiRegistersWith201AndLocationAndRefusesMissingFields() {
    String usaha = UmkmFixture.unik("Bandeng");
    MvcTestResult r =
        postJson(UmkmFixture.json("Joko", usaha, UmkmFixture.nikUnik(), UmkmFixture.TANJUNG_MAS));
    assertThat(r).hasStatus(HttpStatus.CREATED);
    assertThat(r.getMvcResult().getResponse().getHeader("Location")).startsWith("/api/v1/umkm/");
    assertThat(mvc.get().uri(r.getMvcResult().getResponse().getHeader("Location")).with(stafKota()))
        .bodyJson()
        .extractingPath("$.nama")
        .isEqualTo(usaha);
    assertThat(postJson("{\"nama\": \"\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.namaUsaha")
        .isEqualTo("Wajib diisi.");
  }

  @Test
  void aSecondBusinessWithTheSameNikJoinsTheSamePerson() {
    String nik = UmkmFixture.nikUnik();
    String satu = UmkmFixture.unik("Satu");
    String dua = UmkmFixture.unik("Dua");
    assertThat(postJson(UmkmFixture.json("Rina", satu, nik, UmkmFixture.SEKAYU)))
        .hasStatus(HttpStatus.CREATED);
    assertThat(postJson(UmkmFixture.json("Rina", dua, nik, UmkmFixture.PURWODINATAN)))
        .hasStatus(HttpStatus.CREATED);
    assertThat(data.pemilikUsahaBernama(dua)).isEqualTo(data.pemilikUsahaBernama(satu));
    MvcTestResult tiga = kirim(UmkmFixture.form("Rina", UmkmFixture.unik("Tiga"), nik));
    assertThat(tiga.getMvcResult().getFlashMap().get("peringatan").toString())
        .contains("umkm.register.nik-sudah-ada");
    MultiValueMap<String, String> rusak = UmkmFixture.form("Rina", UmkmFixture.unik("Rusak"), null);
    rusak.set("dasarPemrosesan", "ASAL");
    assertThat(kirim(rusak))
        .hasStatusOk()
        .bodyText()
        .contains("Pilih dasar pemrosesan dari daftar.");
  }

  @Test
  void aBusinessActorRegistersUnverifiedAndCannotClaimAnotherPersonsNik() {
    long akun = 920000L + (long) (Math.random() * 10000);
    String nik = UmkmFixture.nikUnik();
    long lain = data.pelaku(UmkmFixture.unik("Lain"), nik, null, UmkmFixture.SEKAYU, null);
    String usaha = UmkmFixture.unik("Milik");
    MvcTestResult r =
        mvc.post()
            .uri("/umkm/baru")
            .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun)))
            .with(csrf())
            .params(UmkmFixture.form("Saya", usaha, null))
            .exchange();
    assertThat(r).hasStatus(HttpStatus.FOUND);
    assertThat(
            jdbc.sql("SELECT status_verifikasi FROM usaha WHERE nama = :n")
                .param("n", usaha)
                .query(String.class)
                .single())
        .isEqualTo("BELUM");
    MultiValueMap<String, String> f = UmkmFixture.form("Saya", UmkmFixture.unik("Klaim"), nik);
    assertThat(
            mvc.post()
                .uri("/umkm/baru")
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun)))
                .with(csrf())
                .params(f))
        .hasStatusOk()
        .bodyText()
        .contains("NIK ini sudah terdaftar untuk pelaku usaha lain.");
    assertThat(lain).isPositive();
    String kedua = UmkmFixture.unik("Kedua");
    mvc.post()
        .uri("/umkm/baru")
        .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun)))
        .with(csrf())
        .params(UmkmFixture.form("Saya", kedua, null))
        .exchange();
    assertThat(data.pemilikUsahaBernama(kedua)).isEqualTo(data.pemilikUsahaBernama(usaha));
  }

  @Test
  void aRoleThatMayNotRegisterGets403() {
    assertThat(
            mvc.get().uri("/umkm/baru").with(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74"))))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theFormSpeaksEnglish() {
    assertThat(mvc.get().uri("/umkm/baru?lang=en").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Register an MSME", "Business actor", "Legal basis for personal data");
  }

  @Test
  void anUnknownGeraiIsRefused() {
    String usaha = UmkmFixture.unik("TanpaGerai");
    String json =
        UmkmFixture.json("Ani", usaha, null, UmkmFixture.SEKAYU)
            .replace("\"produk\"", "\"geraiId\": 99999999, \"produk\"");
    assertThat(postJson(json))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.geraiId")
        .isEqualTo("Gerai itu tidak ada.");
    assertThat(data.jumlahUsahaBernama(usaha)).isZero();
  }

  @Test
  void aGeraiOfficerRegistersThroughTheirGeraiAndSeesTheBusiness() {
    long gerai = jdbc.sql("SELECT MIN(id) FROM gerai").query(Long.class).single();
    var petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU));
    String usaha = UmkmFixture.unik("Lewat gerai");
    MvcTestResult r =
        mvc.post()
            .uri("/api/v1/umkm")
            .with(petugas)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(UmkmFixture.json("Dewi", usaha, null, UmkmFixture.TANJUNG_MAS))
            .exchange();
    assertThat(r).hasStatus(HttpStatus.CREATED);
    assertThat(
            jdbc.sql("SELECT gerai_id FROM usaha WHERE nama = :n")
                .param("n", usaha)
                .query(Long.class)
                .single())
        .isEqualTo(gerai);
    assertThat(mvc.get().uri(r.getMvcResult().getResponse().getHeader("Location")).with(petugas))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.statusVerifikasi")
        .isEqualTo("TERVERIFIKASI");
  }

  @Test
  void theWarningShowsOnTheBusinessPage() {
    String usaha = UmkmFixture.unik("Tampil");
    MvcTestResult r =
        kirim(UmkmFixture.form("Ani", usaha, "337499" + UmkmFixture.nikUnik().substring(6)));
    assertThat(
            mvc.get()
                .uri(r.getMvcResult().getResponse().getRedirectedUrl())
                .cookie(r.getMvcResult().getResponse().getCookies())
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "UMKM berhasil didaftarkan.", "Kode kecamatan pada NIK (angka 5-6) tidak dikenal.");
  }

  private MvcTestResult kirim(MultiValueMap<String, String> form) {
    return mvc.post().uri("/umkm/baru").with(stafKota()).with(csrf()).params(form).exchange();
  }

  private MvcTestResult postJson(String json) {
    return mvc.post()
        .uri("/api/v1/umkm")
        .with(stafKota())
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }
}

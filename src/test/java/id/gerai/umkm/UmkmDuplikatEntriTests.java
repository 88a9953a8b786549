package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

/**
 * Duplicate warnings on entry: the form and the API list the likely duplicates in the caller's
 * scope and save only once the user confirms; a duplicate outside the scope is only mentioned.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmDuplikatEntriTests {

  static final RequestPostProcessor KECAMATAN =
      sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN));

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture data;
  String nib;
  String nik;
  String ada;
  String pemilik;

  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    nib = UmkmFixture.nibUnik();
    nik = UmkmFixture.nikUnik();
    ada = UmkmFixture.unik("Lumpia Gang Lombok");
    pemilik = UmkmFixture.unik("Pemilik");
  }

  @Test
  void theFormListsTheDuplicateAndSavesOnlyAfterConfirmation() {
    long lama = terdaftar(UmkmFixture.SEKAYU);
    String baru = UmkmFixture.unik("Baru");
    MultiValueMap<String, String> f = UmkmFixture.form("Ani", baru, null);
    f.set("nib", nib);
    assertThat(kirim(f, PenggunaUji.stafKota(), ""))
        .hasStatusOk()
        .bodyText()
        .contains("Mungkin data ganda", ada, "Pemilik: " + pemilik, "NIB sama")
        .contains("/umkm/" + lama, "name=\"konfirmasiDuplikat\"");
    assertThat(data.jumlahUsahaBernama(baru)).isZero();
    assertThat(kirim(f, PenggunaUji.stafKota(), "?lang=en"))
        .hasStatusOk()
        .bodyText()
        .contains("Possible duplicate", "I have checked: this is not a duplicate");
    f.set("konfirmasiDuplikat", "true");
    assertThat(kirim(f, PenggunaUji.stafKota(), "")).hasStatus(HttpStatus.FOUND);
    assertThat(data.jumlahUsahaBernama(baru)).isEqualTo(1);
  }

  @Test
  void theApiAnswers409WithTheCandidatesUntilConfirmed() {
    long lama = terdaftar(UmkmFixture.SEKAYU);
    String mirip = "Toko " + ada;
    String json = UmkmFixture.json("Budi", mirip, nik, UmkmFixture.SEKAYU);
    assertThat(postJson(json, PenggunaUji.stafKota(), ""))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kandidat[0].id").isEqualTo((int) lama);
              assertThat(j).extractingPath("$.kandidat[0].nama").isEqualTo(ada);
              assertThat(j).extractingPath("$.kandidat[0].alasan").isEqualTo("NIK");
              assertThat(j).extractingPath("$.adaDiLuarCakupan").isEqualTo(false);
              assertThat(j).extractingPath("$.detail").asString().contains("konfirmasiDuplikat");
            });
    assertThat(data.jumlahUsahaBernama(mirip)).isZero();
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm")
                .header("Accept-Language", "en")
                .with(PenggunaUji.stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.kandidat[0].alasanTeks")
        .isEqualTo("Same owner NIK");
    assertThat(postJson(json, PenggunaUji.stafKota(), "?konfirmasiDuplikat=true"))
        .hasStatus(HttpStatus.CREATED);
    assertThat(data.jumlahUsahaBernama(mirip)).isEqualTo(1);
  }

  @Test
  void aSamePhoneWithADifferentNameIsNoDuplicate() {
    terdaftar(UmkmFixture.SEKAYU);
    String lain = UmkmFixture.unik("Bengkel");
    assertThat(
            postJson(
                UmkmFixture.json("Budi", lain, null, UmkmFixture.SEKAYU),
                PenggunaUji.stafKota(),
                ""))
        .hasStatus(HttpStatus.CREATED);
  }

  @Test
  void aDuplicateOutsideTheScopeIsOnlyMentionedNeverShown() {
    long jauh = terdaftar(UmkmFixture.TANJUNG_MAS);
    String baru = UmkmFixture.unik("Baru");
    String json =
        UmkmFixture.json("Ani", baru, null, UmkmFixture.SEKAYU)
            .replace("\"produk\"", "\"nib\": \"" + nib + "\", \"produk\"");
    MvcTestResult r = postJson(json, KECAMATAN, "");
    assertThat(r)
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kandidat").asArray().isEmpty();
              assertThat(j).extractingPath("$.adaDiLuarCakupan").isEqualTo(true);
            });
    assertThat(r)
        .bodyText()
        .doesNotContain(ada, pemilik, UmkmFixture.TANJUNG_MAS, "\"id\":" + jauh);
    MultiValueMap<String, String> f = UmkmFixture.form("Ani", baru, null);
    f.set("nib", nib);
    assertThat(kirim(f, KECAMATAN, ""))
        .hasStatusOk()
        .bodyText()
        .contains("Ada kemungkinan data ganda di luar wilayah Anda.")
        .doesNotContain(ada, pemilik, "/umkm/" + jauh + "\"");
    assertThat(kirim(f, KECAMATAN, "?lang=en"))
        .bodyText()
        .contains("A possible duplicate exists outside your area.");
    assertThat(data.jumlahUsahaBernama(baru)).isZero();
    assertThat(postJson(json, KECAMATAN, "?konfirmasiDuplikat=true")).hasStatus(HttpStatus.CREATED);
  }

  @Test
  void aBusinessActorSeesOnlyTheirOwnBusinessesAsCandidates() {
    terdaftar(UmkmFixture.SEKAYU);
    var pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(987654321L));
    String json =
        UmkmFixture.json("Ani", UmkmFixture.unik("Milik"), null, UmkmFixture.SEKAYU)
            .replace("\"produk\"", "\"nib\": \"" + nib + "\", \"produk\"");
    assertThat(postJson(json, pelaku, ""))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyText()
        .contains("\"adaDiLuarCakupan\":true", "\"kandidat\":[]")
        .doesNotContain(ada, pemilik);
  }

  /** A business with the NIB, the owner's NIK and the fixture's phone. */
  private long terdaftar(String kelurahan) {
    long p = data.pelaku(pemilik, nik, "+6281234567890", kelurahan, null);
    long u = data.usaha(p, ada, kelurahan, null, null, "TERVERIFIKASI");
    jdbc.sql("UPDATE usaha SET nib = :nib WHERE id = :id")
        .param("nib", nib)
        .param("id", u)
        .update();
    return u;
  }

  private MvcTestResult kirim(
      MultiValueMap<String, String> f, RequestPostProcessor siapa, String q) {
    return mvc.post().uri("/umkm/baru" + q).with(siapa).with(csrf()).params(f).exchange();
  }

  private MvcTestResult postJson(String json, RequestPostProcessor siapa, String q) {
    return mvc.post()
        .uri("/api/v1/umkm" + q)
        .with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }
}

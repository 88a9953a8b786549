package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.concurrent.ThreadLocalRandom;
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
 * The duplicate warning on edits: an edit that changes the NIB, the owner's NIK or phone, or the
 * business name into those of another business asks first (page: a confirmation step; API: 409 with
 * the candidates unless {@code konfirmasiDuplikat=true}), by the rules and the scope of entry; the
 * business itself and its owner's other businesses are never candidates, and an edit of other
 * fields never asks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuntingDuplikatTests {

  static final String TELEPON = "+6281234567890";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture data;
  String nibLain;
  String lain;
  String pemilikLain;
  String nama;
  long sunting;

  /** The edited business: Sekayu, no NIK, no phone, no NIB; the other one has all three. */
  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    nibLain = UmkmFixture.nibUnik();
    lain = UmkmFixture.unik("Wingko Babat");
    pemilikLain = UmkmFixture.unik("Pemilik Lain");
    nama = UmkmFixture.unik("Bengkel Las");
    long p = data.pelaku("Dewi", null, null, UmkmFixture.SEKAYU, null);
    sunting = data.usaha(p, nama, UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
  }

  @Test
  void thePageAsksBeforeSavingANibOfAnotherBusinessInBothLanguages() {
    long ada = lainDi(UmkmFixture.SEKAYU, UmkmFixture.nikUnik());
    MultiValueMap<String, String> f = form(nama, nibLain);
    assertThat(kirim(f, stafKota(), ""))
        .hasStatusOk()
        .bodyText()
        .contains("Mungkin data ganda", "Setelah diubah, usaha ini mirip", lain, "NIB sama")
        .contains("Pemilik: " + pemilikLain, "/umkm/" + ada, "name=\"konfirmasiDuplikat\"");
    assertThat(nibTersimpan()).isEmpty();
    assertThat(kirim(f, stafKota(), "?lang=en"))
        .hasStatusOk()
        .bodyText()
        .contains("Possible duplicate", "With these changes, this business looks like", "Same NIB")
        .contains("I have checked: this is not a duplicate");
    f.set("konfirmasiDuplikat", "true");
    assertThat(kirim(f, stafKota(), ""))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/umkm/" + sunting);
    assertThat(nibTersimpan()).isEqualTo(nibLain);
  }

  @Test
  void theApiAnswers409ForANewNameLikeABusinessWithTheSameOwnerPhoneUntilConfirmed() {
    long ada = lainDi(UmkmFixture.SEKAYU, null);
    String json = json("Toko " + lain, null, "081234567890");
    assertThat(put(json, stafKota(), "", "id"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kandidat").asArray().hasSize(1);
              assertThat(j).extractingPath("$.kandidat[0].id").isEqualTo((int) ada);
              assertThat(j).extractingPath("$.kandidat[0].alasan").isEqualTo("TELEPON");
              assertThat(j)
                  .extractingPath("$.kandidat[0].alasanTeks")
                  .isEqualTo("Telepon pemilik sama");
              assertThat(j).extractingPath("$.adaDiLuarCakupan").isEqualTo(false);
              assertThat(j).extractingPath("$.detail").asString().contains("konfirmasiDuplikat");
            });
    assertThat(put(json, stafKota(), "", "en"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.kandidat[0].alasanTeks")
        .isEqualTo("Same owner phone");
    assertThat(namaTersimpan()).isEqualTo(nama);
    assertThat(put(json, stafKota(), "?konfirmasiDuplikat=true", "id")).hasStatusOk();
    assertThat(namaTersimpan()).isEqualTo("Toko " + lain);
  }

  @Test
  void aNikOfAnotherOwnerWithASimilarNameAsksOnTheApi() {
    String nik = UmkmFixture.nikUnik();
    long ada = lainDi(UmkmFixture.SEKAYU, nik);
    String json =
        json(lain + " Jaya", null, null).replace("\"nik\": null", "\"nik\": \"" + nik + "\"");
    assertThat(put(json, stafKota(), "", "id"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kandidat[0].id").isEqualTo((int) ada);
              assertThat(j).extractingPath("$.kandidat[0].alasan").isEqualTo("NIK");
            });
  }

  @Test
  void anEditThatChangesNoneOfTheFieldsDoesNotAskEvenWhenADuplicateExists() {
    lainDi(UmkmFixture.SEKAYU, null);
    jdbc.sql("UPDATE usaha SET nib = :nib WHERE id = :id")
        .param("nib", nibLain)
        .param("id", sunting)
        .update();
    assertThat(put(json(nama, nibLain, null), stafKota(), "", "id")).hasStatusOk();
    MultiValueMap<String, String> f = form(nama, nibLain);
    f.set("alamatUsaha", "Jl. Gajahmada 12");
    assertThat(kirim(f, stafKota(), ""))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/umkm/" + sunting);
    assertThat(
            jdbc.sql("SELECT alamat FROM usaha WHERE id = :id")
                .param("id", sunting)
                .query(String.class)
                .single())
        .isEqualTo("Jl. Gajahmada 12");
  }

  @Test
  void aMaskedPhoneAsTheFormShowsItIsNoChange() {
    lainDi(UmkmFixture.SEKAYU, null);
    long p = data.pelaku("Sari", null, TELEPON, UmkmFixture.SEKAYU, null);
    String mirip = "Toko " + lain;
    long u = data.usaha(p, mirip, UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    RequestPostProcessor pengurus =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah(PenggunaUji.KECAMATAN));
    assertThat(mvc.get().uri("/umkm/{id}/ubah", u).with(pengurus))
        .as("the edit form shows the phone masked to a gerai officer")
        .bodyText()
        .doesNotContain("81234567890");
    String json = json(mirip, null, "0812****7890").replace("\"Dewi\"", "\"Sari\"");
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}", u)
                .with(pengurus)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .as("same phone as another business with a similar name, but unchanged: no question")
        .hasStatusOk();
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}", u)
                .with(pengurus)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.replace(mirip, mirip + " Baru")))
        .as("the name changes: the stored phone behind the mask is compared")
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.kandidat[0].alasan")
        .isEqualTo("TELEPON");
  }

  @Test
  void theOwnersOtherBusinessesAreNeverCandidates() {
    String nik = UmkmFixture.nikUnik();
    long p = data.pelaku("Rina", nik, TELEPON, UmkmFixture.SEKAYU, null);
    data.usaha(p, lain, UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    long dua = data.usaha(p, UmkmFixture.unik("Katering"), UmkmFixture.SEKAYU, null, null, "BELUM");
    String json =
        json("Toko " + lain, null, "081234567890")
            .replace("\"nik\": null", "\"nik\": \"" + nik + "\"")
            .replace("\"Dewi\"", "\"Rina\"");
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}", dua)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .as("renamed like its owner's other business, which has the same NIK and phone")
        .hasStatusOk();
    assertThat(
            jdbc.sql("SELECT nama FROM usaha WHERE id = :id")
                .param("id", dua)
                .query(String.class)
                .single())
        .isEqualTo("Toko " + lain);
  }

  @Test
  void aDuplicateOutsideTheScopeIsOnlyMentionedNeverShown() {
    long jauh = lainDi(UmkmFixture.TANJUNG_MAS, null);
    RequestPostProcessor kecamatan =
        sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN));
    MvcTestResult r = put(json(nama, nibLain, null), kecamatan, "", "id");
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
        .doesNotContain(lain, pemilikLain, UmkmFixture.TANJUNG_MAS, "\"id\":" + jauh);
    MultiValueMap<String, String> f = form(nama, nibLain);
    assertThat(kirim(f, kecamatan, ""))
        .hasStatusOk()
        .bodyText()
        .contains("Ada kemungkinan data ganda di luar wilayah Anda.")
        .doesNotContain(lain, pemilikLain, "/umkm/" + jauh + "\"");
    assertThat(kirim(f, kecamatan, "?lang=en"))
        .bodyText()
        .contains("A possible duplicate exists outside your area.")
        .doesNotContain(lain, pemilikLain);
    assertThat(nibTersimpan()).isEmpty();
    assertThat(put(json(nama, nibLain, null), kecamatan, "?konfirmasiDuplikat=true", "id"))
        .hasStatusOk();
    assertThat(nibTersimpan()).isEqualTo(nibLain);
  }

  @Test
  void aBusinessActorSeesOnlyTheirOwnBusinessesAsCandidates() {
    lainDi(UmkmFixture.SEKAYU, null);
    long akun = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    long p = data.pelaku("Dewi", null, null, UmkmFixture.SEKAYU, akun);
    long milik = data.usaha(p, nama + " Dua", UmkmFixture.SEKAYU, null, null, "BELUM");
    RequestPostProcessor pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akun));
    assertThat(
            mvc.put()
                .uri("/api/v1/umkm/{id}", milik)
                .with(pelaku)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(nama + " Dua", nibLain, null)))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyText()
        .contains("\"adaDiLuarCakupan\":true", "\"kandidat\":[]")
        .doesNotContain(lain, pemilikLain);
  }

  @Test
  void outsideTheScopeTheEditIsNotFoundAndAMentorMayNotEdit() {
    lainDi(UmkmFixture.SEKAYU, null);
    RequestPostProcessor lainKecamatan =
        sebagai(Peran.STAF_DINAS, Cakupan.wilayah(PenggunaUji.KECAMATAN_LAIN));
    assertThat(put(json(nama, nibLain, null), lainKecamatan, "", "id"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(lain, pemilikLain, "kandidat");
    assertThat(kirim(form(nama, nibLain), lainKecamatan, ""))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(lain, pemilikLain);
    RequestPostProcessor pendamping =
        sebagai(Peran.PENDAMPING, Cakupan.wilayah(UmkmFixture.SEKAYU));
    assertThat(put(json(nama, nibLain, null), pendamping, "", "id"))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyText()
        .doesNotContain(lain, pemilikLain);
    assertThat(nibTersimpan()).isEmpty();
  }

  /** The other business: its NIB, its owner's phone and, when given, NIK. */
  private long lainDi(String kelurahan, String nik) {
    long p = data.pelaku(pemilikLain, nik, TELEPON, kelurahan, null);
    long u = data.usaha(p, lain, kelurahan, null, null, "TERVERIFIKASI");
    jdbc.sql("UPDATE usaha SET nib = :nib WHERE id = :id")
        .param("nib", nibLain)
        .param("id", u)
        .update();
    return u;
  }

  /** The edit form of the edited business as stored (owner Dewi, no NIK, no phone). */
  private static MultiValueMap<String, String> form(String namaUsaha, String nib) {
    MultiValueMap<String, String> f = UmkmFixture.form("Dewi", namaUsaha, null);
    f.set("nib", nib);
    f.set("telepon", "");
    return f;
  }

  /** The same edit as JSON: owner Dewi, no NIK. */
  private static String json(String namaUsaha, String nib, String telepon) {
    String j = UmkmFixture.json("Dewi", namaUsaha, null, UmkmFixture.SEKAYU);
    j = j.replace("\"telepon\": \"081234567890\"", "\"telepon\": " + teks(telepon));
    return j.replace("\"produk\"", "\"nib\": " + teks(nib) + ", \"produk\"");
  }

  private static String teks(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private MvcTestResult kirim(
      MultiValueMap<String, String> f, RequestPostProcessor siapa, String q) {
    return mvc.post()
        .uri("/umkm/{id}/ubah" + q, sunting)
        .with(siapa)
        .with(csrf())
        .params(f)
        .exchange();
  }

  private MvcTestResult put(String json, RequestPostProcessor siapa, String q, String bahasa) {
    return mvc.put()
        .uri("/api/v1/umkm/{id}" + q, sunting)
        .header("Accept-Language", bahasa)
        .with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  private String nibTersimpan() {
    return jdbc.sql("SELECT COALESCE(nib, '') FROM usaha WHERE id = :id")
        .param("id", sunting)
        .query(String.class)
        .single();
  }

  private String namaTersimpan() {
    return jdbc.sql("SELECT nama FROM usaha WHERE id = :id")
        .param("id", sunting)
        .query(String.class)
        .single();
  }
}

package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scope matrix: each caller sees the gerai of their scope and nothing else, in the list page,
 * the detail page, the map data, the API list and the API detail alike. Four gerai: one in Sekayu,
 * one in its sibling kelurahan Purwodinatan, the gerai of their kecamatan Semarang Tengah, and one
 * in the sibling kecamatan Tembalang.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GeraiCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository repo;

  String awalan;
  Map<String, Long> gerai;

  @BeforeEach
  void siapkan() {
    awalan = GeraiFixture.unik("Cakupan");
    gerai = new LinkedHashMap<>();
    simpan("sekayu", GeraiJenis.KELURAHAN, "33.74.01.1007");
    simpan("purwodinatan", GeraiJenis.KELURAHAN, "33.74.01.1011");
    simpan("kecamatan", GeraiJenis.KECAMATAN, "33.74.01");
    simpan("tembalang", GeraiJenis.STRATEGIS, "33.74.10.1001");
  }

  @Test
  void aGeraiOfficerSeesOnlyTheirGerai() {
    long sekayu = gerai.get("sekayu");
    periksa(
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(sekayu, "33.74.01.1007")), Set.of("sekayu"));
  }

  @Test
  void aKecamatanUserSeesTheKecamatanButNotTheSiblingKecamatan() {
    periksa(
        sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74.01")),
        Set.of("sekayu", "purwodinatan", "kecamatan"));
  }

  @Test
  void aKelurahanUserSeesTheirKelurahanButNotItsSiblingNorItsKecamatan() {
    periksa(sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74.01.1007")), Set.of("sekayu"));
  }

  @Test
  void aBusinessActorSeesNoGerai() {
    RequestPostProcessor pelaku = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(42));
    periksa(pelaku, Set.of());
    assertThat(mvc.get().uri("/api/v1/gerai").with(pelaku))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
    assertThat(mvc.get().uri("/gerai/peta/data").with(pelaku)).bodyJson().isEqualTo("[]");
  }

  @Test
  void cityStaffSeeAllFour() {
    periksa(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74")), gerai.keySet());
  }

  /**
   * Every role against every kind of scope it can hold: what decides visibility is the scope, never
   * the role, and a role that only holds its own records sees no gerai.
   */
  @ParameterizedTest
  @EnumSource(Peran.class)
  void everyRoleSeesExactlyItsScope(Peran peran) {
    if (peran.milikSendiri()) {
      periksa(sebagai(peran, Cakupan.milikSendiri(7)), Set.of());
      return;
    }
    long sekayu = gerai.get("sekayu");
    periksa(sebagai(peran, Cakupan.gerai(sekayu, "33.74.01.1007")), Set.of("sekayu"));
    periksa(sebagai(peran, Cakupan.wilayah("33.74.01.1007")), Set.of("sekayu"));
    periksa(
        sebagai(peran, Cakupan.wilayah("33.74.01")), Set.of("sekayu", "purwodinatan", "kecamatan"));
    periksa(sebagai(peran, Cakupan.wilayah("33.74.10")), Set.of("tembalang"));
  }

  private void periksa(RequestPostProcessor siapa, Set<String> terlihat) {
    String daftar = teks(mvc.get().uri("/gerai").param("q", awalan).with(siapa));
    String peta = teks(mvc.get().uri("/gerai/peta/data").with(siapa));
    String api = teks(mvc.get().uri("/api/v1/gerai").param("q", awalan).with(siapa));
    for (Map.Entry<String, Long> g : gerai.entrySet()) {
      String nama = nama(g.getKey());
      HttpStatus harap = terlihat.contains(g.getKey()) ? HttpStatus.OK : HttpStatus.NOT_FOUND;
      String apa = g.getKey() + (harap == HttpStatus.OK ? " visible" : " hidden");
      assertThat(daftar.contains(nama)).as("list page: %s", apa).isEqualTo(harap == HttpStatus.OK);
      assertThat(peta.contains(nama)).as("map data: %s", apa).isEqualTo(harap == HttpStatus.OK);
      assertThat(api.contains(nama)).as("API list: %s", apa).isEqualTo(harap == HttpStatus.OK);
      assertThat(mvc.get().uri("/gerai/{id}", g.getValue()).with(siapa))
          .as("detail page: %s", apa)
          .hasStatus(harap);
      assertThat(mvc.get().uri("/api/v1/gerai/{id}", g.getValue()).with(siapa))
          .as("API detail: %s", apa)
          .hasStatus(harap);
    }
  }

  private String teks(MockMvcTester.MockMvcRequestBuilder permintaan) {
    var hasil = permintaan.exchange();
    assertThat(hasil).hasStatusOk();
    return new String(
        hasil.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private void simpan(String kunci, GeraiJenis jenis, String kode) {
    gerai.put(kunci, GeraiFixture.simpan(repo, jenis, kode, nama(kunci)));
  }

  private String nama(String kunci) {
    return awalan + " " + kunci;
  }
}

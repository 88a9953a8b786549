package id.gerai.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.PenggunaUji;
import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.akun.Peran;
import id.gerai.akun.SaringAkun;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import id.gerai.umkm.VerifikasiStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A real first start on an empty embedded database of its own, with the demo switched on: the area
 * load, a gerai kelurahan in Sekayu (seeded, or put there by this test when no seeding exists),
 * then the demo accounts, then {@code admin}.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:gerai-demo-uji;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "gerai.demo.enabled=true"
    })
@AutoConfigureMockMvc
class DataDemoBasisDataBaruTests {

  @Autowired AkunService akun;
  @Autowired DataDemo demo;
  @Autowired MockMvcTester mvc;
  @Autowired UmkmService umkm;
  @Autowired JdbcClient jdbc;

  @Test
  void theFirstStartMakesOneDemoAccountPerRoleWithAClearScope() {
    Map<String, AkunRingkas> demoAkun = akunDemo();
    assertThat(demoAkun)
        .containsOnlyKeys(
            "demo-admin",
            "demo-staf",
            "demo-forum",
            "demo-kecamatan",
            "demo-gerai",
            "demo-pendamping",
            "demo-usaha",
            "demo-koperasi");
    assertThat(demoAkun.get("demo-admin").peran()).isEqualTo(Peran.ADMIN_DINAS);
    assertThat(demoAkun.get("demo-admin").cakupan()).isEqualTo(Cakupan.wilayah("33.74"));
    assertThat(demoAkun.get("demo-kecamatan").peran()).isEqualTo(Peran.STAF_DINAS);
    assertThat(demoAkun.get("demo-kecamatan").cakupan()).isEqualTo(Cakupan.wilayah("33.74.10"));
    assertThat(demoAkun.get("demo-pendamping").cakupan()).isEqualTo(Cakupan.wilayah("33.74.01"));
    Cakupan gerai = demoAkun.get("demo-gerai").cakupan();
    assertThat(gerai.jenis()).isEqualTo(Cakupan.Jenis.GERAI);
    assertThat(gerai.kodeWilayah()).isEqualTo("33.74.01.1007");
    assertThat(demoAkun.get("demo-usaha").peran()).isEqualTo(Peran.PELAKU_USAHA);
    assertThat(demoAkun.get("demo-koperasi").cakupan().jenis())
        .isEqualTo(Cakupan.Jenis.MILIK_SENDIRI);
    assertThat(akunDemo("admin")).containsKey("admin");
  }

  @Test
  void theFirstStartFillsTheRegisterWithBusinessesAcrossClasses() {
    long pelaku = akunDemo().get("demo-usaha").id();
    assertThat(umkm.cari(UmkmSaringan.semua(), Cakupan.wilayah("33.74")).total())
        .isEqualTo(UmkmDemo.JUMLAH + 2L);
    var milik = umkm.cari(UmkmSaringan.semua(), Cakupan.milikSendiri(pelaku)).isi();
    assertThat(milik).hasSize(2).allMatch(u -> u.statusVerifikasi() == VerifikasiStatus.BELUM);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm")
                .with(PenggunaUji.sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"))))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(UmkmDemo.JUMLAH + 2);
  }

  @Test
  void theFirstStartRegistersCooperativesWithRatCasesAndMemberBusinesses() {
    var staf = PenggunaUji.sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"));
    assertThat(mvc.get().uri("/api/v1/koperasi").with(staf))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(8);
    for (String masalah : List.of("TERLAMBAT", "LEWAT_BATAS", "DUA_TAHUN_TANPA_RAT")) {
      assertThat(
              mvc.get()
                  .uri("/api/v1/koperasi/rat/kepatuhan?tahun={t}&masalah={m}", tahunRat(), masalah)
                  .with(staf))
          .bodyJson()
          .extractingPath("$.total")
          .asNumber()
          .as(masalah)
          .isNotEqualTo(0);
    }
    long akunKoperasi = akunDemo().get("demo-koperasi").id();
    assertThat(
            mvc.get()
                .uri("/api/v1/koperasi")
                .with(
                    PenggunaUji.sebagai(
                        Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akunKoperasi))))
        .bodyJson()
        .extractingPath("$.isi[0].nama")
        .isEqualTo("Koperasi Kelurahan Merah Putih Sekayu");
  }

  @Test
  void theFirstStartFillsAYearOfActivitiesWithAFestivalOf72TenantsOf32Binaan()
      throws java.io.UnsupportedEncodingException {
    var staf = PenggunaUji.sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"));
    java.time.LocalDate hari = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    String setahun = "dari=" + hari.minusYears(1) + "&sampai=" + hari + "&ukuran=100";
    for (var jenis : Map.of("SAFARI", 6, "PELATIHAN", 6, "PERTEMUAN", 12).entrySet()) {
      assertThat(
              mvc.get().uri("/api/v1/kegiatan?jenis=" + jenis.getKey() + "&" + setahun).with(staf))
          .bodyJson()
          .extractingPath("$.total")
          .as(jenis.getKey())
          .isEqualTo(jenis.getValue());
    }
    String daftar =
        mvc.get()
            .uri("/api/v1/kegiatan?jenis=FESTIVAL&" + setahun)
            .with(staf)
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    long festival = ((Number) com.jayway.jsonpath.JsonPath.read(daftar, "$.isi[0].id")).longValue();
    assertThat(mvc.get().uri("/api/v1/kegiatan/{id}/festival", festival).with(staf))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.ringkasan.tenant").isEqualTo(72);
              assertThat(j).extractingPath("$.ringkasan.binaan").isEqualTo(32);
            });
    assertThat(mvc.get().uri("/kegiatan/{id}/festival", festival).with(staf))
        .hasStatusOk()
        .bodyText()
        .contains("72 tenant, 32 binaan");
  }

  /** The latest fiscal year past the primary deadline, where the demo puts its late RAT. */
  private static int tahunRat() {
    java.time.LocalDate hariIni = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    return new id.gerai.koperasi.KepatuhanRat(3, 6)
        .tahunTerakhirJatuhTempo(id.gerai.koperasi.BentukKoperasi.PRIMER, hariIni);
  }

  @Test
  void theFirstStartBringsTheMovementToLife() {
    var staf = PenggunaUji.sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"));
    // Health assessments: every predicate band over the years, and an incomplete one.
    assertThat(
            jdbc.sql("SELECT DISTINCT predikat FROM penilaian_kesehatan WHERE lengkap = TRUE")
                .query(String.class)
                .list())
        .contains("SEHAT", "CUKUP_SEHAT", "DALAM_PENGAWASAN", "DALAM_PENGAWASAN_KHUSUS");
    assertThat(hitung("SELECT COUNT(*) FROM penilaian_kesehatan WHERE lengkap = FALSE"))
        .isPositive();
    assertThat(mvc.get().uri("/api/v1/koperasi/kesehatan/pengawasan").with(staf))
        .bodyJson()
        .extractingPath("$.total")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(3));
    // Forum members through several gerai, reports of the last periods with gaps.
    assertThat(hitung("SELECT COUNT(DISTINCT gerai_id) FROM anggota_forum")).isGreaterThan(3);
    assertThat(hitung("SELECT COUNT(*) FROM anggota_forum WHERE pelaku_usaha_id IS NOT NULL"))
        .isPositive();
    assertThat(hitung("SELECT COUNT(DISTINCT periode) FROM laporan_gerai")).isGreaterThan(2);
    assertThat(hitung("SELECT COUNT(DISTINCT gerai_id) FROM laporan_gerai")).isBetween(2L, 5L);
    // Cases in every status, some overdue, solved ones searchable as know-how.
    assertThat(jdbc.sql("SELECT DISTINCT status FROM konsultasi").query(String.class).list())
        .containsExactlyInAnyOrder(
            "BARU", "DITUGASKAN", "DIPROSES", "MENUNGGU_PELAKU", "SELESAI", "DITUTUP");
    assertThat(hitung("SELECT COUNT(*) FROM tanggapan")).isPositive();
    assertThat(hitung("SELECT COUNT(*) FROM konsultasi WHERE koperasi_id IS NOT NULL"))
        .isPositive();
    assertThat(mvc.get().uri("/api/v1/konsultasi?terlambat=true").with(staf))
        .bodyJson()
        .extractingPath("$.total")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isPositive());
    assertThat(mvc.get().uri("/api/v1/konsultasi/pengetahuan?q=PIRT").with(staf))
        .hasStatusOk()
        .bodyText()
        .contains("OSS");
  }

  private long hitung(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void aDemoAccountSignsInWithTheDocumentedPassword() {
    assertThat(
            mvc.post()
                .uri("/login")
                .param("username", "demo-gerai")
                .param("password", "gerai-demo-2026")
                .with(csrf()))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/");
  }

  @Test
  void aSecondRunOnADatabaseWithAccountsChangesNothing() {
    long sebelum = akun.daftar(SaringAkun.SEMUA, Cakupan.wilayah("33.74"), 0, 200).total();
    demo.run(new DefaultApplicationArguments());
    assertThat(akun.daftar(SaringAkun.SEMUA, Cakupan.wilayah("33.74"), 0, 200).total())
        .isEqualTo(sebelum);
  }

  private Map<String, AkunRingkas> akunDemo() {
    return akunDemo("demo-");
  }

  private Map<String, AkunRingkas> akunDemo(String q) {
    List<AkunRingkas> isi =
        akun.daftar(new SaringAkun(null, null, q), Cakupan.wilayah("33.74"), 0, 50).isi();
    return isi.stream()
        .filter(a -> a.namaPengguna().startsWith(q))
        .collect(Collectors.toMap(AkunRingkas::namaPengguna, a -> a));
  }

  @TestConfiguration
  static class GeraiSekayu {

    /** Between the area load (10) and the demo (40), where the gerai seeding runs (20). */
    @Bean
    @Order(30)
    ApplicationRunner geraiSekayuBilaBelumAda(JdbcClient jdbc) {
      return args -> {
        long ada =
            jdbc.sql(
                    "SELECT COUNT(*) FROM gerai WHERE kode_wilayah = '33.74.01.1007'"
                        + " AND jenis = 'KELURAHAN'")
                .query(Long.class)
                .single();
        if (ada == 0) {
          jdbc.sql(
                  """
                  INSERT INTO gerai (jenis, nama, kode_wilayah, status, dibuat_pada, versi)
                  VALUES ('KELURAHAN', 'Gerai Kelurahan Sekayu', '33.74.01.1007', 'AKTIF', :kini, 0)
                  """)
              .param("kini", OffsetDateTime.now(ZoneOffset.UTC))
              .update();
        }
      };
    }
  }
}

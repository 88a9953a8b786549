package id.gerai.akun;

import static id.gerai.PenggunaUji.adminKota;
import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class AkunAdminControllerTests {

  static final String SEKAYU = "33.74.01.1007";

  @Autowired MockMvcTester mvc;
  @Autowired AkunService akun;
  @Autowired JdbcClient jdbc;

  @Test
  void adminCreatesAGeraiOfficerWhoSignsInWithThatGeraiAsScope() throws Exception {
    long gerai = AkunUji.gerai(jdbc, SEKAYU);
    String nama = AkunUji.unik("petugas");
    MvcTestResult dibuat =
        mvc.post()
            .uri("/admin/akun/baru")
            .with(adminKota())
            .with(csrf())
            .param("namaPengguna", nama)
            .param("namaLengkap", "Sri Handayani")
            .param("kataSandi", "")
            .param("peran", "PENGURUS_GERAI")
            .param("cakupanJenis", "GERAI")
            .param("cakupanGerai", String.valueOf(gerai))
            .exchange();
    assertThat(dibuat).hasStatusOk().bodyText().contains(nama, "hanya ditampilkan sekali");
    String sandi = AkunUji.rahasia(dibuat);
    assertThat(sandi).hasSize(16);

    MvcTestResult masuk = AkunUji.masuk(mvc, nama, sandi);
    assertThat(masuk).hasStatus3xxRedirection().hasRedirectedUrl("/");
    assertThat(mvc.get().uri("/api/v1/akun/saya").cookie(AkunUji.sesi(masuk)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.peran").isEqualTo("PENGURUS_GERAI");
              assertThat(j).extractingPath("$.cakupan.jenis").isEqualTo("GERAI");
              assertThat(j).extractingPath("$.cakupan.geraiId").isEqualTo((int) gerai);
              assertThat(j).extractingPath("$.cakupan.kodeWilayah").isEqualTo(SEKAYU);
            });
  }

  @Test
  void theAccountPagesAreForDinkopAdminsOnly() {
    assertThat(mvc.get().uri("/admin/akun").with(stafKota())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/admin/akun/baru").with(stafKota())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/admin/akun/baru")
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74")))
                .with(csrf())
                .param("namaPengguna", AkunUji.unik("x")))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/admin/akun")).hasStatus3xxRedirection();
  }

  @Test
  void theListFiltersByRoleStatusAndNameAndAnswersHtmxWithTheResultsOnly() {
    String tanda = AkunUji.unik("saring");
    AkunRingkas staf = buat(tanda + "-a", Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74.10");
    AkunRingkas mentor = buat(tanda + "-b", Peran.PENDAMPING, Cakupan.Jenis.WILAYAH, "33.74.01");
    akun.nonaktifkan(mentor.id());

    assertThat(mvc.get().uri("/admin/akun?q=" + tanda).with(adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains(staf.namaPengguna(), mentor.namaPengguna(), "<html");
    assertThat(mvc.get().uri("/admin/akun?peran=PENDAMPING&q=" + tanda).with(adminKota()))
        .bodyText()
        .contains(mentor.namaPengguna())
        .doesNotContain(staf.namaPengguna());
    assertThat(
            mvc.get()
                .uri("/admin/akun?aktif=true&q=" + tanda.toUpperCase())
                .header("HX-Request", "true")
                .with(adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains(staf.namaPengguna(), "id=\"hasil\"")
        .doesNotContain(mentor.namaPengguna(), "<html");
  }

  @Test
  void anAreaAdminSeesAndManagesOnlyAccountsInsideTheirArea() {
    String tanda = AkunUji.unik("lingkup");
    AkunRingkas dalam = buat(tanda + "-a", Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, SEKAYU);
    AkunRingkas luar = buat(tanda + "-b", Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74.10");
    AkunRingkas usaha = buat(tanda + "-c", Peran.PELAKU_USAHA, Cakupan.Jenis.MILIK_SENDIRI, null);
    var adminKecamatan = sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74.01"));

    assertThat(mvc.get().uri("/admin/akun?q=" + tanda).with(adminKecamatan))
        .bodyText()
        .contains(dalam.namaPengguna())
        .doesNotContain(luar.namaPengguna(), usaha.namaPengguna());
    assertThat(mvc.get().uri("/admin/akun/" + luar.id()).with(adminKecamatan))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/admin/akun/" + usaha.id()).with(adminKecamatan))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(aksi(luar.id(), "nonaktifkan", adminKecamatan)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(aksi(luar.id(), "atur-ulang-sandi", adminKecamatan)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(akun.ambil(luar.id()).aktif()).isTrue();
    assertThat(mvc.get().uri("/admin/akun/" + dalam.id()).with(adminKecamatan))
        .hasStatusOk()
        .bodyText()
        .contains(dalam.namaPengguna(), "Sekayu");
  }

  @Test
  void aDisabledAccountCannotSignInUntilEnabledAgain() {
    AkunRingkas a = buat(AkunUji.unik("mati"), Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI)).hasRedirectedUrl("/");

    assertThat(aksi(a.id(), "nonaktifkan", adminKota()))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/admin/akun/" + a.id());
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI))
        .hasRedirectedUrl("/login?nonaktif");

    assertThat(aksi(a.id(), "aktifkan", adminKota())).hasStatus3xxRedirection();
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI)).hasRedirectedUrl("/");
  }

  @Test
  void disablingAnAccountEndsItsOpenSessions() {
    AkunRingkas a = buat(AkunUji.unik("sesi"), Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    var sesi = AkunUji.sesi(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI));
    assertThat(mvc.get().uri("/akun/saya").cookie(sesi)).hasStatusOk();

    assertThat(aksi(a.id(), "nonaktifkan", adminKota())).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/akun/saya").cookie(sesi)).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/api/v1/akun/saya").cookie(sesi)).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aResetPasswordIsShownOnceAndReplacesTheOldOne() throws Exception {
    AkunRingkas a = buat(AkunUji.unik("lupa"), Peran.PENDAMPING, Cakupan.Jenis.WILAYAH, SEKAYU);
    MvcTestResult hasil = aksi(a.id(), "atur-ulang-sandi", adminKota());
    assertThat(hasil).hasStatusOk().bodyText().contains(a.namaPengguna());
    String baru = AkunUji.rahasia(hasil);

    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), AkunUji.SANDI))
        .hasRedirectedUrl("/login?galat");
    assertThat(AkunUji.masuk(mvc, a.namaPengguna(), baru)).hasRedirectedUrl("/");
  }

  @Test
  void anAdminChangesRoleAndScopeWithATypedAreaCode() {
    AkunRingkas a = buat(AkunUji.unik("pindah"), Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    assertThat(
            mvc.post()
                .uri("/admin/akun/" + a.id() + "/peran")
                .with(adminKota())
                .with(csrf())
                .param("peran", "PENDAMPING")
                .param("cakupanJenis", "WILAYAH")
                .param("cakupanWilayah", "33.74")
                .param("kodeLain", " 33.74.11 "))
        .hasStatus3xxRedirection();
    AkunRingkas sesudah = akun.ambil(a.id());
    assertThat(sesudah.peran()).isEqualTo(Peran.PENDAMPING);
    assertThat(sesudah.cakupan()).isEqualTo(Cakupan.wilayah("33.74.11"));
  }

  @Test
  void aRefusedRoleChangeShowsTheReasonOnTheAccountPageAndChangesNothing() {
    AkunRingkas a = buat(AkunUji.unik("tolak"), Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, SEKAYU);
    var adminKecamatan = sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74.01"));
    assertThat(ubahPeran(a.id(), adminKecamatan, "STAF_DINAS", "WILAYAH", "33.74.10"))
        .hasStatusOk()
        .bodyText()
        .contains("Wilayah 33.74.10 berada di luar cakupan Anda", a.namaPengguna());
    assertThat(ubahPeran(a.id(), adminKota(), "PENGURUS_KOPERASI", "WILAYAH", "33.74.01"))
        .hasStatusOk()
        .bodyText()
        .contains("hanya dapat melihat data miliknya sendiri");
    assertThat(ubahPeran(a.id(), adminKota(), "", "", ""))
        .hasStatusOk()
        .bodyText()
        .contains("Wajib diisi.");
    assertThat(akun.ambil(a.id()).cakupan()).isEqualTo(Cakupan.wilayah(SEKAYU));
    assertThat(akun.ambil(a.id()).peran()).isEqualTo(Peran.STAF_DINAS);
  }

  @Test
  void theDetailPageOffersTheAdminsAreasToChooseFrom() {
    AkunRingkas a = buat(AkunUji.unik("pilih"), Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    assertThat(mvc.get().uri("/admin/akun/" + a.id()).with(adminKota()))
        .hasStatusOk()
        .bodyText()
        .contains("value=\"33.74.10\"", "Tembalang", "value=\"33.74.11.1007\"", "Srondol Wetan");
  }

  @Test
  void anAdminCannotDisableOrDemoteThemselves() {
    AkunRingkas admin =
        buat(AkunUji.unik("diri"), Peran.ADMIN_DINAS, Cakupan.Jenis.WILAYAH, "33.74");
    var diri = AkunUji.sebagai(admin);
    assertThat(aksi(admin.id(), "nonaktifkan", diri))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("akun Anda sendiri");
    assertThat(mvc.get().uri("/admin/akun/" + admin.id()).with(diri))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("/nonaktifkan");
    assertThat(akun.ambil(admin.id()).aktif()).isTrue();
  }

  private AkunRingkas buat(String nama, Peran peran, Cakupan.Jenis jenis, String kode) {
    return akun.buat(
            new BuatAkun(nama, "Uji " + nama, AkunUji.SANDI, peran, jenis, kode, null),
            AkunUji.KOTA)
        .akun();
  }

  private MvcTestResult ubahPeran(
      long id,
      org.springframework.test.web.servlet.request.RequestPostProcessor siapa,
      String peran,
      String jenis,
      String kode) {
    return mvc.post()
        .uri("/admin/akun/" + id + "/peran")
        .with(siapa)
        .with(csrf())
        .param("peran", peran)
        .param("cakupanJenis", jenis)
        .param("kodeLain", kode)
        .exchange();
  }

  private MvcTestResult aksi(
      long id,
      String aksi,
      org.springframework.test.web.servlet.request.RequestPostProcessor siapa) {
    return mvc.post().uri("/admin/akun/" + id + "/" + aksi).with(siapa).with(csrf()).exchange();
  }
}

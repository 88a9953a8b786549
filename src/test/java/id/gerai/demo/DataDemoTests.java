package id.gerai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.AkunService;
import id.gerai.akun.SaringAkun;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * When the demo accounts are made. The shared test database already holds {@code admin} and has the
 * demo switched off; {@link DataDemoBasisDataBaruTests} runs the real start on an empty one.
 */
@SpringBootTest
class DataDemoTests {

  static final String H2 = "jdbc:h2:mem:gerai;MODE=PostgreSQL";

  @Autowired DataDemo demo;
  @Autowired AkunService akun;

  @Test
  void onlyWhenEnabledOnTheEmbeddedDatabaseAndWithoutAccounts() {
    assertThat(DataDemo.perlu(true, H2, true)).isTrue();
    assertThat(DataDemo.perlu(true, "jdbc:h2:file:./data/gerai", true)).isTrue();

    assertThat(DataDemo.perlu(false, H2, true)).as("switched off").isFalse();
    assertThat(DataDemo.perlu(true, H2, false)).as("accounts exist").isFalse();
    assertThat(DataDemo.perlu(true, "jdbc:postgresql://db:5432/gerai", true))
        .as("PostgreSQL")
        .isFalse();
    assertThat(DataDemo.perlu(true, null, true)).as("unknown database").isFalse();
  }

  @Test
  void eachRoleHasOneDemoAccountWithTheDocumentedPassword() {
    assertThat(AkunDemo.SEMUA).hasSize(8);
    assertThat(AkunDemo.SEMUA.stream().map(AkunDemo::peran).distinct()).hasSize(7);
    assertThat(AkunDemo.SEMUA)
        .allSatisfy(a -> assertThat(a.perintah(1L).kataSandi()).isEqualTo("gerai-demo-2026"));
    assertThat(AkunDemo.SEMUA)
        .filteredOn(a -> a.peran().milikSendiri())
        .allSatisfy(a -> assertThat(a.jenis()).isEqualTo(Cakupan.Jenis.MILIK_SENDIRI));
  }

  @Test
  void onTheSharedTestDatabaseItDoesNothingSinceItIsSwitchedOffAndAccountsExist() {
    assertThat(akun.kosong()).isFalse();
    demo.run(new DefaultApplicationArguments());
    assertThat(
            akun.daftar(new SaringAkun(null, null, "demo-"), Cakupan.wilayah("33.74"), 0, 20).isi())
        .noneMatch(a -> a.namaPengguna().startsWith("demo-"));
  }
}

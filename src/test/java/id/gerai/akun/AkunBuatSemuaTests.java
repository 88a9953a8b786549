package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts made in one go (the demo's): each is a full account, signs in with its own password, and
 * those sharing a password share its one hash while another password gets its own.
 */
@SpringBootTest
class AkunBuatSemuaTests {

  @Autowired AkunService akun;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder sandi;

  @Test
  void accountsMadeTogetherShareTheHashOfASharedPasswordOnly() {
    String awalan = "uji-semua-" + ThreadLocalRandom.current().nextInt(1_000_000) + "-";
    List<BuatAkun> perintah =
        List.of(
            perintah(awalan + "a", "Sandi-Bersama-2026"),
            perintah(awalan + "b", "Sandi-Bersama-2026"),
            perintah(awalan + "c", "Sandi-Lain-2026-x"));
    List<AkunService.AkunBaru> baru = akun.buatSemua(perintah, Cakupan.wilayah("33.74"));

    assertThat(baru)
        .extracting(b -> b.akun().namaPengguna())
        .containsExactly(awalan + "a", awalan + "b", awalan + "c");
    String a = hash(awalan + "a");
    String b = hash(awalan + "b");
    String c = hash(awalan + "c");
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(sandi.matches("Sandi-Bersama-2026", b)).isTrue();
    assertThat(sandi.matches("Sandi-Lain-2026-x", c)).isTrue();
    assertThat(sandi.matches("Sandi-Bersama-2026", c)).isFalse();
  }

  private static BuatAkun perintah(String nama, String kataSandi) {
    return new BuatAkun(
        nama, "Uji " + nama, kataSandi, Peran.STAF_DINAS, Cakupan.Jenis.WILAYAH, "33.74.01", null);
  }

  private String hash(String namaPengguna) {
    return jdbc.sql("SELECT kata_sandi FROM akun WHERE nama_pengguna = :n")
        .param("n", namaPengguna)
        .query(String.class)
        .single();
  }
}

package id.gerai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Form sign-ins leave a trace: a success under the account, a failure under the name that was tried
 * with the reason, never the password. Each test signs in from its own random address, so the
 * address throttle (which other tests also feed) never locks these attempts out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PencatatMasukTests {

  @Autowired MockMvcTester mvc;
  @Autowired AuditService audit;
  @Autowired AkunService akun;

  @Test
  void aGoodSignInWritesOneLoginBerhasilUnderTheAccount() {
    String alamat = alamatAcak();

    assertThat(masuk("admin", "admin-rahasia-uji", alamat)).hasStatus3xxRedirection();

    List<JejakAuditRingkas> dariAlamatIni =
        audit
            .cari(new SaringanAudit("admin", null, null, "LOGIN_BERHASIL", null, null), 0, 50)
            .isi()
            .stream()
            .filter(j -> alamat.equals(j.alamatIp()))
            .toList();
    assertThat(dariAlamatIni).hasSize(1);
    JejakAuditRingkas baris = dariAlamatIni.get(0);
    assertThat(baris.jenisRekaman()).isEqualTo("akun");
    assertThat(baris.pelakuId()).isNotNull();
    assertThat(baris.idRekaman()).isEqualTo(String.valueOf(baris.pelakuId()));
    assertThat(audit.ambil(baris.id()).agen()).isEqualTo("Peramban Uji");
  }

  @Test
  void aWrongPasswordWritesLoginGagalWithTheNameTriedAndNoPassword() {
    String nama = akunBaru();
    String sandiSalah = "sandi-salah-" + ThreadLocalRandom.current().nextInt(1_000_000);

    assertThat(masuk(nama, sandiSalah, alamatAcak()))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/login?galat");

    JejakAudit gagal = satuGagal(nama);
    assertThat(gagal.pelaku()).isEqualTo("sistem");
    assertThat(gagal.sesudah().get("namaPengguna").asString()).isEqualTo(nama);
    assertThat(gagal.sesudah().get("alasan").asString()).isEqualTo("KATA_SANDI_SALAH");
    assertThat(gagal.sesudah().toString()).doesNotContain(sandiSalah);
    assertThat(audit.cari(new SaringanAudit(nama, null, null, null, null, null), 0, 10).total())
        .as("a failed sign-in is not attributed to the account")
        .isZero();
  }

  @Test
  void aDisabledAccountIsRecordedWithItsReason() {
    String nama = akunBaru();
    long id =
        akun.daftar().stream().filter(a -> a.namaPengguna().equals(nama)).findFirst().get().id();
    akun.nonaktifkan(id);

    assertThat(masuk(nama, "sandi-benar-12345", alamatAcak())).hasRedirectedUrl("/login?nonaktif");

    assertThat(satuGagal(nama).sesudah().get("alasan").asString()).isEqualTo("NONAKTIF");
  }

  private MockMvcTester.MockMvcRequestBuilder masuk(String nama, String sandi, String alamat) {
    return mvc.post()
        .uri("/login")
        .param("username", nama)
        .param("password", sandi)
        .header("User-Agent", "Peramban Uji")
        .with(csrf())
        .with(dari(alamat));
  }

  private JejakAudit satuGagal(String nama) {
    var hasil =
        audit.cari(
            new SaringanAudit(null, "nama_pengguna", nama, "LOGIN_GAGAL", null, null), 0, 10);
    assertThat(hasil.total()).isEqualTo(1);
    return audit.ambil(hasil.isi().get(0).id());
  }

  private String akunBaru() {
    String nama = "masuk-" + PencatatPerubahanTests.unik().substring(0, 12);
    akun.buat(
        new BuatAkun(
            nama,
            "Uji Masuk",
            "sandi-benar-12345",
            Peran.STAF_DINAS,
            Cakupan.Jenis.WILAYAH,
            "33.74",
            null),
        Cakupan.wilayah("33.74"));
    return nama;
  }

  private static String alamatAcak() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private static RequestPostProcessor dari(String alamat) {
    return permintaan -> {
      permintaan.setRemoteAddr(alamat);
      return permintaan;
    };
  }
}

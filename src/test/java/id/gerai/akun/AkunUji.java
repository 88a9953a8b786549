package id.gerai.akun;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fixtures for accounts: unique names, real accounts, signing in, a gerai to scope to. */
final class AkunUji {

  static final String SANDI = "sandi-uji-yang-panjang";
  static final Cakupan KOTA = Cakupan.wilayah("33.74");
  private static final Pattern RAHASIA = Pattern.compile("id=\"rahasia\"[^>]*?value=\"([^\"]+)\"");

  private AkunUji() {}

  static String unik(String awalan) {
    return awalan + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static AkunRingkas buat(AkunService akun, Peran peran, Cakupan.Jenis jenis, String kode) {
    String nama = unik("uji");
    return akun.buat(new BuatAkun(nama, "Uji " + nama, SANDI, peran, jenis, kode, null), KOTA)
        .akun();
  }

  static AkunRingkas buatDiGerai(AkunService akun, long geraiId) {
    String nama = unik("uji");
    return akun.buat(
            new BuatAkun(
                nama,
                "Uji " + nama,
                SANDI,
                Peran.PENGURUS_GERAI,
                Cakupan.Jenis.GERAI,
                null,
                geraiId),
            KOTA)
        .akun();
  }

  /** Signed in as this real account, without going through the sign-in form. */
  static RequestPostProcessor sebagai(AkunRingkas a) {
    return SecurityMockMvcRequestPostProcessors.user(
        new PenggunaGerai(
            a.id(), a.namaPengguna(), a.namaLengkap(), a.peran(), a.cakupan(), "", true));
  }

  /** The sign-in form, from a client address of its own so throttling never mixes tests. */
  static MvcTestResult masuk(MockMvcTester mvc, String nama, String sandi) {
    String alamat = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    return mvc.post()
        .uri("/login")
        .param("username", nama)
        .param("password", sandi)
        .with(csrf())
        .with(
            r -> {
              r.setRemoteAddr(alamat);
              return r;
            })
        .exchange();
  }

  static Cookie sesi(MvcTestResult masuk) {
    return masuk.getResponse().getCookie("SESSION");
  }

  /** The secret a page shows once, in its read-only field. */
  static String rahasia(MvcTestResult hasil) throws UnsupportedEncodingException {
    Matcher m = RAHASIA.matcher(hasil.getResponse().getContentAsString());
    if (!m.find()) {
      throw new AssertionError("no secret on the page");
    }
    return m.group(1);
  }

  /** A gerai kelurahan in the area: the seeded one when present, else one made for tests. */
  static long gerai(JdbcClient jdbc, String kodeKelurahan) {
    return jdbc.sql(
            "SELECT id FROM gerai WHERE kode_wilayah = :k AND jenis = 'KELURAHAN' ORDER BY id LIMIT 1")
        .param("k", kodeKelurahan)
        .query(Long.class)
        .optional()
        .orElseGet(() -> geraiBaru(jdbc, kodeKelurahan));
  }

  private static long geraiBaru(JdbcClient jdbc, String kode) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO gerai (jenis, nama, kode_wilayah, status, dibuat_pada, versi)
            VALUES ('KELURAHAN', :nama, :kode, 'AKTIF', :kini, 0)
            """)
        .param("nama", unik("Gerai Uji"))
        .param("kode", kode)
        .param("kini", OffsetDateTime.now(ZoneOffset.UTC))
        .update(kunci, "id");
    return kunci.getKeyAs(Long.class);
  }
}

package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A business of Sekayu registered through one gerai, owned by a business actor with an account, and
 * the callers around it: the owner, another business actor, an officer of its gerai and one of
 * another gerai.
 */
final class BuktiUji {

  final long gerai = acak();
  final long geraiLain = acak();
  final long akunPemilik = acak();
  final long akunLain = acak();
  final long pelaku;
  final long usaha;
  private final JdbcClient jdbc;

  BuktiUji(JdbcClient jdbc) {
    this.jdbc = jdbc;
    UmkmFixture f = new UmkmFixture(jdbc);
    pelaku =
        f.pelaku(UmkmFixture.unik("Pemilik Bukti"), null, null, UmkmFixture.SEKAYU, akunPemilik);
    usaha =
        f.usaha(
            pelaku,
            UmkmFixture.unik("Usaha Bukti"),
            UmkmFixture.SEKAYU,
            gerai,
            null,
            "TERVERIFIKASI");
  }

  RequestPostProcessor pemilik() {
    return sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akunPemilik));
  }

  RequestPostProcessor pelakuLain() {
    return sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akunLain));
  }

  RequestPostProcessor pengurusGerai() {
    return sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU));
  }

  RequestPostProcessor pengurusGeraiLain() {
    return sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiLain, UmkmFixture.SEKAYU));
  }

  static MockMultipartFile berkas(String nama, String tipe, byte[] isi) {
    return new MockMultipartFile("file", nama, tipe, isi);
  }

  long jumlahBukti() {
    return jdbc.sql("SELECT COUNT(*) FROM bukti WHERE pelaku_usaha_id = :p")
        .param("p", pelaku)
        .query(Long.class)
        .single();
  }

  long buktiTerakhir() {
    return jdbc.sql("SELECT MAX(id) FROM bukti WHERE pelaku_usaha_id = :p")
        .param("p", pelaku)
        .query(Long.class)
        .single();
  }

  String kolom(long bukti, String kolom) {
    return jdbc.sql("SELECT " + kolom + " FROM bukti WHERE id = :id")
        .param("id", bukti)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static long acak() {
    return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
  }
}

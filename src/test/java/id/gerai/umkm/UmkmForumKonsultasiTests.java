package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The business page says whether its owner is an active forum member (asked of the gerai module)
 * and links to the business's cases and to a new one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UmkmForumKonsultasiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theBusinessPageShowsForumMembershipAndLinksToItsCases() {
    UmkmFixture data = new UmkmFixture(jdbc);
    long anggota =
        data.pelaku(
            UmkmFixture.unik("Anggota"), UmkmFixture.nikUnik(), null, UmkmFixture.SEKAYU, null);
    long usahaAnggota =
        data.usaha(
            anggota, UmkmFixture.unik("Warung"), UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    long bukan =
        data.pelaku(
            UmkmFixture.unik("Bukan"), UmkmFixture.nikUnik(), null, UmkmFixture.SEKAYU, null);
    long usahaBukan =
        data.usaha(
            bukan, UmkmFixture.unik("Toko"), UmkmFixture.SEKAYU, null, null, "TERVERIFIKASI");
    String gerai = UmkmFixture.unik("Gerai Forum");
    anggota(anggota, gerai);

    assertThat(mvc.get().uri("/umkm/{id}", usahaAnggota).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("anggota forum (FGKS) lewat " + gerai + " sejak 02-03-2026")
        .contains("/konsultasi?usaha=" + usahaAnggota, "/konsultasi/baru?usaha=" + usahaAnggota)
        // Staff reach the supervision list from the navigation.
        .contains("href=\"/koperasi/kesehatan/pengawasan\"");
    assertThat(mvc.get().uri("/umkm/{id}", usahaBukan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("belum menjadi anggota forum")
        .doesNotContain(gerai);
  }

  private void anggota(long pelaku, String namaGerai) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO gerai (jenis, nama, kode_wilayah, status, dibuat_pada, versi)"
                + " VALUES ('KELURAHAN', :nama, :kode, 'AKTIF', :kini, 0)")
        .param("nama", namaGerai)
        .param("kode", UmkmFixture.SEKAYU)
        .param("kini", kini)
        .update(kunci, "id");
    jdbc.sql(
            "INSERT INTO anggota_forum (gerai_id, nama, pelaku_usaha_id, peran, status,"
                + " tanggal_gabung, dibuat_pada, dibuat_oleh, versi) VALUES (:g, 'Anggota', :p,"
                + " 'ANGGOTA', 'AKTIF', :tgl, :kini, 'uji', 0)")
        .param("g", kunci.getKey().longValue())
        .param("p", pelaku)
        .param("tgl", LocalDate.of(2026, 3, 2))
        .param("kini", kini)
        .update();
  }
}

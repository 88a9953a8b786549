package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The integration with the UMKM register: a business joins a cooperative (both in the caller's
 * scope), each side's page lists the other, and a business outside the scope is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiUsahaTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aBusinessJoinsACooperativeAndEachPageListsTheOther() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    String namaKoperasi = KoperasiFixture.unik("Koperasi Merah Putih");
    long koperasi =
        data.koperasi(namaKoperasi, KoperasiFixture.SEKAYU, null, null, BentukKoperasi.PRIMER);
    String namaUsaha = KoperasiFixture.unik("Lumpia Bu Sri");
    long usaha = data.usaha(namaUsaha, KoperasiFixture.SEKAYU, null);

    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/usaha", koperasi)
                .with(stafKota())
                .with(csrf())
                .param("usahaId", String.valueOf(usaha))
                .param("sejak", "2025-08-17"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/koperasi/{id}", koperasi).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(namaUsaha, "17-08-2025");
    assertThat(mvc.get().uri("/umkm/{id}", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/koperasi/usaha/" + usaha + "/fragmen");
    assertThat(mvc.get().uri("/koperasi/usaha/{id}/fragmen", usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(namaKoperasi);
    assertThat(mvc.get().uri("/api/v1/koperasi/usaha/{id}", usaha).with(stafKota()))
        .bodyJson()
        .extractingPath("$[0].namaKoperasi")
        .isEqualTo(namaKoperasi);
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}/usaha", koperasi).with(stafKota()))
        .bodyJson()
        .extractingPath("$[0].namaUsaha")
        .isEqualTo(namaUsaha);

    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/usaha", koperasi)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"usahaId\": " + usaha + "}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.usahaId")
        .isEqualTo("Usaha ini sudah tercatat sebagai anggota.");
    assertThat(data.jejak("BUAT", "koperasi_usaha", koperasi + "/" + usaha)).isEqualTo(1);

    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/usaha/{u}/hapus", koperasi, usaha)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/koperasi/usaha/{id}/fragmen", usaha).with(stafKota()))
        .bodyText()
        .doesNotContain(namaKoperasi);
  }

  @Test
  void aBusinessOutsideTheScopeCannotJoinAndItsFragmentIsNotFound() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long koperasi =
        data.koperasi(
            KoperasiFixture.unik("Koperasi"),
            KoperasiFixture.SEKAYU,
            null,
            null,
            BentukKoperasi.PRIMER);
    long jauh = data.usaha(KoperasiFixture.unik("Usaha jauh"), KoperasiFixture.TANJUNG_MAS, null);
    var kecamatan = sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"));
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/usaha", koperasi)
                .with(kecamatan)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"usahaId\": " + jauh + "}"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/koperasi/usaha/{id}/fragmen", jauh).with(kecamatan))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/koperasi/usaha/{id}", jauh).with(kecamatan))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theMemberListShowsOnlyBusinessesInTheCallersScope() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long gerai = 800000L + (long) (Math.random() * 10000);
    long koperasi =
        data.koperasi(
            KoperasiFixture.unik("Koperasi"),
            KoperasiFixture.SEKAYU,
            gerai,
            null,
            BentukKoperasi.PRIMER);
    String dekat = KoperasiFixture.unik("Usaha gerai");
    String lain = KoperasiFixture.unik("Usaha lain");
    long u1 = data.usaha(dekat, KoperasiFixture.SEKAYU, gerai);
    long u2 = data.usaha(lain, KoperasiFixture.SEKAYU, null);
    for (long u : new long[] {u1, u2}) {
      assertThat(
              mvc.post()
                  .uri("/api/v1/koperasi/{id}/usaha", koperasi)
                  .with(stafKota())
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"usahaId\": " + u + "}"))
          .hasStatus(HttpStatus.NO_CONTENT);
    }
    var petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KoperasiFixture.SEKAYU));
    assertThat(mvc.get().uri("/koperasi/{id}", koperasi).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains(dekat)
        .doesNotContain(lain);
  }
}

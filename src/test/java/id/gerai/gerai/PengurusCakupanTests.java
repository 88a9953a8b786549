package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A gerai's officers and decree files are only for callers whose scope reaches the gerai: anyone
 * else gets 404 on the page, the API, the download and every change, and never sees the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PengurusCakupanTests {

  static final String SEKAYU = "33.74.01.1007";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  long gerai;
  long pengurus;
  long sk;
  String nama;

  @BeforeEach
  void geraiDenganPengurus() {
    gerai = PengurusUji.geraiBaru(jdbc, SEKAYU);
    nama = PengurusUji.unik("Rahasia");
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/pengurus", gerai)
                .multipart()
                .file(PengurusUji.pdf("sk.pdf"))
                .param("nama", nama)
                .param("jabatan", "KETUA")
                .param("mulai", LocalDate.now().toString())
                .param("skNomor", nama)
                .param("skTanggal", LocalDate.now().toString())
                .param("skPenerbit", "Lurah Sekayu")
                .with(stafKota())
                .with(csrf()))
        .hasStatus3xxRedirection();
    pengurus = id("SELECT id FROM pengurus WHERE nama = :n");
    sk = id("SELECT id FROM surat_keputusan WHERE nomor = :n");
  }

  @Test
  void anotherKelurahanGets404Everywhere() {
    semua404(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01.1011")));
  }

  @Test
  void anotherKecamatanGets404Everywhere() {
    semua404(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.10")));
  }

  @Test
  void anotherGeraisOfficerGets404Everywhere() {
    long lain = PengurusUji.geraiBaru(jdbc, SEKAYU);
    semua404(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(lain, SEKAYU)));
  }

  @Test
  void ownRecordsOnlyRolesGet404() {
    semua404(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(-1)));
  }

  @Test
  void theKecamatanAndTheGeraiItselfSeeIt() {
    for (RequestPostProcessor p :
        new RequestPostProcessor[] {
          sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01")),
          sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, SEKAYU)),
          sebagai(Peran.PENDAMPING, Cakupan.wilayah(SEKAYU))
        }) {
      assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(p))
          .hasStatusOk()
          .bodyText()
          .contains(nama);
      assertThat(mvc.get().uri("/sk/{id}/berkas", sk).with(p)).hasStatusOk();
    }
  }

  private void semua404(RequestPostProcessor luar) {
    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(luar))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(nama);
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai).with(luar))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(nama);
    assertThat(mvc.get().uri("/sk/{id}/berkas", sk).with(luar)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/sk/{id}/berkas", sk).with(luar))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void staffOfAnotherKecamatanCannotChangeIt() {
    var luar = sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74.10"));
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/pengurus/{p}/akhiri", gerai, pengurus)
                .param("selesai", LocalDate.now().toString())
                .with(luar)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/pengurus/sk/{s}/berkas", gerai, sk)
                .multipart()
                .file(PengurusUji.pdf("lain.pdf"))
                .with(luar)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/pengurus", gerai)
                .multipart()
                .param("nama", PengurusUji.unik("Luar"))
                .param("jabatan", "ANGGOTA")
                .param("mulai", LocalDate.now().toString())
                .param("skId", String.valueOf(sk))
                .with(luar)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT selesai FROM pengurus WHERE id = :id")
                .param("id", pengurus)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
  }

  @Test
  void anOfficerOfAnotherGeraiCannotBeEndedThroughThisOne() {
    long lain = PengurusUji.geraiBaru(jdbc, "33.74.10.1001");
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/pengurus/{p}/akhiri", lain, pengurus)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(mvc.get().uri("/sk/{id}/berkas", sk)).hasStatus3xxRedirection();
  }

  private long id(String sql) {
    return jdbc.sql(sql).param("n", nama).query(Long.class).single();
  }
}

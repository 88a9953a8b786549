package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Officers and member cooperatives are removed by their stable id: the row named goes, whatever its
 * position now; an unknown id removes nothing and says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SusunanKodeTests {

  private static final Cakupan KOTA = Cakupan.wilayah("33.74");

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired SusunanKoperasiService susunan;

  @Test
  void anOfficerIsRemovedByItsIdNotItsPosition() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long id =
        data.koperasi(
            KoperasiFixture.unik("Koperasi Kode"),
            KoperasiFixture.SEKAYU,
            null,
            null,
            BentukKoperasi.SEKUNDER);
    sebagaiStaf();
    try {
      for (String nama : List.of("Ani", "Budi", "Citra")) {
        susunan.tambahPengurus(
            id, new CatatPengurus(KedudukanPengurus.PENGURUS, nama, "Anggota", null, null), KOTA);
      }
      susunan.tambahAnggotaKoperasi(
          id, new CatatAnggotaKoperasi(null, "KSP Satu", LocalDate.of(2024, 1, 1)), KOTA);
      susunan.tambahAnggotaKoperasi(id, new CatatAnggotaKoperasi(null, "KSP Dua", null), KOTA);
    } finally {
      SecurityContextHolder.clearContext();
    }
    String budi = kode("koperasi_pengurus", id, "Budi");
    // Someone else removes Ani first: Budi moves up a position, his id stays.
    hapus("/koperasi/{id}/pengurus/{k}/hapus", id, kode("koperasi_pengurus", id, "Ani"));
    hapus("/koperasi/{id}/pengurus/{k}/hapus", id, budi);
    assertThat(nama("koperasi_pengurus", id)).containsExactly("Citra");
    assertThat(mvc.get().uri("/koperasi/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/koperasi/" + id + "/pengurus/" + kode("koperasi_pengurus", id, "Citra"));

    hapus(
        "/koperasi/{id}/anggota-koperasi/{k}/hapus",
        id,
        kode("koperasi_anggota_koperasi", id, "KSP Dua"));
    assertThat(nama("koperasi_anggota_koperasi", id)).containsExactly("KSP Satu");

    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/pengurus/{k}/hapus", id, budi)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .doesNotContainKey("pesan");
    assertThat(nama("koperasi_pengurus", id)).containsExactly("Citra");
  }

  private void hapus(String uri, long id, String kode) {
    assertThat(
            mvc.post()
                .uri(uri, id, kode)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsEntry("pesan", "koperasi.pesan.diubah");
  }

  private String kode(String tabel, long id, String nama) {
    return jdbc.sql("SELECT kode FROM " + tabel + " WHERE koperasi_id = :id AND nama = :n")
        .param("id", id)
        .param("n", nama)
        .query(String.class)
        .single();
  }

  private List<String> nama(String tabel, long id) {
    return jdbc.sql("SELECT nama FROM " + tabel + " WHERE koperasi_id = :id ORDER BY urutan")
        .param("id", id)
        .query(String.class)
        .list();
  }

  private static void sebagaiStaf() {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("uji", null, "ROLE_STAF_DINAS"));
  }
}

package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cooperatives as case subjects: checked in the caller's scope, the cooperative's kelurahan, gerai
 * and officer account copied onto the case, its cases listed on its page, its own officer bringing
 * and seeing them; and bringing a business's case reads no personal data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KonsultasiKoperasiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  final long gerai = KonsultasiUji.acak();
  final long akunKoperasi = KonsultasiUji.acak();
  final String nama = "Koperasi Sekar " + UUID.randomUUID().toString().substring(0, 6);
  long koperasi;
  long koperasiLain;

  @BeforeEach
  void siapkan() {
    koperasi = koperasi(nama, KonsultasiUji.SEKAYU, gerai, akunKoperasi);
    koperasiLain = koperasi("Koperasi Lain", "33.74.10.1001", null, KonsultasiUji.acak());
  }

  @Test
  void staffBringACooperativesCaseAndItsOfficerSeesIt() {
    long id = buka(koperasi, KonsultasiUji.staf(), HttpStatus.CREATED);
    assertThat(kolom(id, "koperasi_id")).isEqualTo(String.valueOf(koperasi));
    assertThat(kolom(id, "usaha_id")).isNull();
    assertThat(kolom(id, "kode_wilayah")).isEqualTo(KonsultasiUji.SEKAYU);
    assertThat(kolom(id, "gerai_id")).isEqualTo(String.valueOf(gerai));
    assertThat(kolom(id, "pemilik_akun_id")).isEqualTo(String.valueOf(akunKoperasi));
    assertThat(kolom(id, "nama_subjek")).isEqualTo(nama);
    // The know-how copy never names the cooperative.
    assertThat(kolom(id, "pengetahuan_masalah")).doesNotContain("Sekar");

    assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", id).with(pengurusKoperasi()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.koperasiId")
        .isEqualTo((int) koperasi);
    assertThat(mvc.get().uri("/konsultasi/{id}", id).with(pengurusKoperasi()))
        .hasStatusOk()
        .bodyText()
        .contains("/koperasi/" + koperasi);
    assertThat(mvc.get().uri("/konsultasi/koperasi/{k}/fragmen", koperasi).with(pengurusGerai()))
        .hasStatusOk()
        .bodyText()
        .contains("/konsultasi/" + id, "/konsultasi/baru?koperasi=" + koperasi);
    assertThat(
            mvc.get().uri("/api/v1/konsultasi?koperasi={k}", koperasi).with(KonsultasiUji.staf()))
        .bodyJson()
        .extractingPath("$.isi[*].id")
        .asArray()
        .containsExactly((int) id);
  }

  @Test
  void aCooperativesOfficerBringsCasesForTheirOwnCooperativeOnly() {
    long id = buka(koperasi, pengurusKoperasi(), HttpStatus.CREATED);
    assertThat(kolom(id, "saluran")).isEqualTo("MANDIRI");
    assertThat(kolom(id, "pemilik_akun_id")).isEqualTo(String.valueOf(akunKoperasi));
    buka(koperasiLain, pengurusKoperasi(), HttpStatus.NOT_FOUND);
    // The new-case form offers the officer their own cooperative.
    assertThat(mvc.get().uri("/konsultasi/baru").with(pengurusKoperasi()))
        .hasStatusOk()
        .bodyText()
        .contains(nama);
  }

  @Test
  void outsideTheScopeACooperativeAndItsCasesAreNotFound() {
    long id = buka(koperasi, KonsultasiUji.staf(), HttpStatus.CREATED);
    RequestPostProcessor geraiLain =
        KonsultasiUji.sebagai(
            Peran.PENGURUS_GERAI,
            Cakupan.gerai(gerai + 1, KonsultasiUji.SEKAYU),
            KonsultasiUji.acak());
    RequestPostProcessor pengurusLain =
        KonsultasiUji.sebagai(
            Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akunKoperasi + 1), akunKoperasi + 1);
    for (RequestPostProcessor siapa :
        new RequestPostProcessor[] {geraiLain, KonsultasiUji.stafKecamatanLain(), pengurusLain}) {
      buka(koperasi, siapa, HttpStatus.NOT_FOUND);
      assertThat(mvc.get().uri("/api/v1/konsultasi/{id}", id).with(siapa))
          .hasStatus(HttpStatus.NOT_FOUND);
      assertThat(mvc.get().uri("/konsultasi/koperasi/{k}/fragmen", koperasi).with(siapa))
          .hasStatus(HttpStatus.NOT_FOUND);
      assertThat(
              mvc.get()
                  .uri("/api/v1/konsultasi?koperasi={k}", koperasi)
                  .with(siapa)
                  .exchange()
                  .getResponse())
          .satisfies(r -> assertThat(r.getContentAsString()).doesNotContain(nama));
    }
  }

  @Test
  void aCaseHasOneSubjectAndBringingABusinesssCaseReadsNoPersonalData() {
    KonsultasiUji uji = new KonsultasiUji(jdbc);
    String keduanya =
        """
        {"usahaId": %d, "koperasiId": %d, "kategori": "MODAL", "uraian": "Butuh modal kerja."}"""
            .formatted(uji.usaha, koperasi);
    assertThat(post(keduanya, KonsultasiUji.staf())).hasStatus(HttpStatus.BAD_REQUEST);
    jdbc.sql("UPDATE pelaku_usaha SET nik = :nik WHERE akun_id = :a")
        .param("nik", "33740112345" + (10000 + (int) (Math.random() * 89999)))
        .param("a", uji.akunPemilik)
        .update();
    long sebelum = lihatDataPribadi();
    assertThat(post(uji.json("MODAL", "Butuh modal untuk gerobak."), KonsultasiUji.staf()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(lihatDataPribadi()).isEqualTo(sebelum);
  }

  private RequestPostProcessor pengurusKoperasi() {
    return KonsultasiUji.sebagai(
        Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akunKoperasi), akunKoperasi);
  }

  private RequestPostProcessor pengurusGerai() {
    return KonsultasiUji.sebagai(
        Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KonsultasiUji.SEKAYU), KonsultasiUji.acak());
  }

  private long buka(long koperasiId, RequestPostProcessor siapa, HttpStatus harap) {
    String json =
        """
        {"koperasiId": %d, "kategori": "PEMBUKUAN", "uraian": "Pembukuan %s belum rapi."}"""
            .formatted(koperasiId, nama);
    MvcTestResult r = post(json, siapa);
    assertThat(r).hasStatus(harap);
    if (harap != HttpStatus.CREATED) {
      return -1;
    }
    try {
      return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private MvcTestResult post(String json, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/konsultasi")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private String kolom(long id, String kolom) {
    return jdbc.sql("SELECT " + kolom + " FROM konsultasi WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> java.util.Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }

  private long lihatDataPribadi() {
    return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE aksi = 'LIHAT_DATA_PRIBADI'")
        .query(Long.class)
        .single();
  }

  private long koperasi(String nama, String kode, Long gerai, long akun) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO koperasi (nama, jenis, kelompok, bentuk, kode_wilayah, gerai_id, akun_id,"
                + " status, status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:nama,"
                + " 'SIMPAN_PINJAM', 'KSP', 'PRIMER', :kode, :gerai, :akun, 'AKTIF',"
                + " 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("nama", nama)
        .param("kode", kode)
        .param("gerai", gerai)
        .param("akun", akun)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

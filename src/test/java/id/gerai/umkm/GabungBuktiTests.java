package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.berkas.BerkasUji;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A merge moves the merged business's evidence files to the kept business: the kept business lists
 * them and opens them under the usual rules (a KTP only for Dinkop staff and the owner, each
 * opening in the trail), the merged business lists none, every moved row is in the trail, nothing
 * is deleted, and a merge that rolls back moves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GabungBuktiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DuplikatService duplikat;
  @Autowired TransactionTemplate transaksi;

  UmkmFixture data;
  final long gerai = acak();
  final long geraiHapus = acak();
  final long akunTetap = acak();
  long pelakuTetap;
  long pelakuHapus;
  long tetap;
  long hapus;
  long legalitas;
  long tonggak;
  long ktpTetap;
  long ktpHapus;
  long foto;
  List<Long> pindah;
  String akhiran;

  /**
   * The kept business, with its owner's KTP (an account holder); the merged one, of an owner
   * registered twice, with a photo, a document, a permit's and a milestone's evidence and a newer
   * KTP.
   */
  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    akhiran = UmkmFixture.unik("").strip();
    pelakuTetap = data.pelaku("Ina", null, null, UmkmFixture.SEKAYU, akunTetap);
    tetap =
        data.usaha(
            pelakuTetap, "Bandeng " + akhiran, UmkmFixture.SEKAYU, gerai, null, "TERVERIFIKASI");
    pelakuHapus = data.pelaku("Ina", null, null, UmkmFixture.SEKAYU, null);
    hapus =
        data.usaha(
            pelakuHapus, "Toko Bandeng " + akhiran, UmkmFixture.SEKAYU, geraiHapus, null, "BELUM");
    ktpTetap = unggah(tetap, "KTP", "ktp-lama-" + akhiran + ".jpg", BerkasUji.JPEG, "");
    legalitas =
        baris(
            "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, dicatat_oleh,"
                + " dicatat_pada, versi) VALUES (:id, 'PIRT', 'P-IRT 9', DATE '2022-01-01', 'uji',"
                + " :kini, 0)",
            "legalitas");
    tonggak =
        baris(
            "INSERT INTO tonggak (usaha_id, jenis, tanggal, status_verifikasi, dicatat_oleh,"
                + " dicatat_pada, versi) VALUES (:id, 'MODAL_DIPEROLEH', DATE '2024-03-01',"
                + " 'BELUM', 'uji', :kini, 0)",
            "tonggak");
    foto = unggah(hapus, "FOTO_USAHA", "foto-" + akhiran + ".png", BerkasUji.PNG, "");
    long lain = unggah(hapus, "LAINNYA", "surat-" + akhiran + ".pdf", BerkasUji.PDF, "");
    long izin =
        unggah(
            hapus,
            "LEGALITAS",
            "izin-" + akhiran + ".pdf",
            BerkasUji.PDF,
            "legalitasId=" + legalitas);
    long modal =
        unggah(
            hapus, "TONGGAK", "modal-" + akhiran + ".pdf", BerkasUji.PDF, "tonggakId=" + tonggak);
    ktpHapus = unggah(hapus, "KTP", "ktp-baru-" + akhiran + ".jpg", BerkasUji.JPEG, "");
    pindah = List.of(foto, lain, izin, modal, ktpHapus);
  }

  @Test
  void theKeptBusinessListsEveryFileAndTheMergedOneNone() throws Exception {
    assertThat(gabung()).hasStatus(HttpStatus.NO_CONTENT);
    String[] semua = {
      "foto-" + akhiran,
      "surat-" + akhiran,
      "izin-" + akhiran,
      "modal-" + akhiran,
      "ktp-baru-" + akhiran,
      "ktp-lama-" + akhiran
    };
    String api =
        mvc.get()
            .uri("/api/v1/umkm/{id}/bukti", tetap)
            .with(stafKota())
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(api).contains(semua);
    assertThat(api.indexOf("ktp-baru-" + akhiran))
        .as("both KTPs are kept, the newest first")
        .isLessThan(api.indexOf("ktp-lama-" + akhiran));
    assertThat(mvc.get().uri("/umkm/{id}/bukti", tetap).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(semua);
    assertThat(mvc.get().uri("/umkm/{id}/bukti?lang=en", tetap).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(semua);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/bukti", tetap)
                .param("legalitas", String.valueOf(legalitas))
                .with(stafKota()))
        .bodyText()
        .contains("izin-" + akhiran)
        .doesNotContain("foto-" + akhiran);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", hapus).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("[]");
    assertThat(mvc.get().uri("/umkm/{id}/bukti", hapus).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .doesNotContain(semua);
  }

  @Test
  void everyMoveIsInTheTrailAndNothingIsDeleted() {
    assertThat(gabung()).hasStatus(HttpStatus.NO_CONTENT);
    for (long b : pindah) {
      assertThat(data.jejak("GABUNG", BuktiService.JENIS, b)).as("bukti %d", b).isEqualTo(1);
      assertThat(kolom(b, "COALESCE(CAST(usaha_id AS VARCHAR(20)), 'KTP')"))
          .isEqualTo(b == ktpHapus ? "KTP" : String.valueOf(tetap));
      assertThat(kolom(b, "CAST(pelaku_usaha_id AS VARCHAR(20))"))
          .isEqualTo(String.valueOf(pelakuTetap));
      assertThat(kolom(b, "CAST(legalitas_id AS VARCHAR(20))"))
          .isEqualTo(b == pindah.get(2) ? String.valueOf(legalitas) : null);
    }
    assertThat(data.jejak("GABUNG", BuktiService.JENIS, ktpTetap)).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM bukti WHERE dihapus_pada IS NULL AND pelaku_usaha_id = :p")
                .param("p", pelakuTetap)
                .query(Long.class)
                .single())
        .isEqualTo(6);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM bukti WHERE usaha_id = :u OR pelaku_usaha_id = :p")
                .param("u", hapus)
                .param("p", pelakuHapus)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void filesOpenFromTheKeptBusinessUnderTheUsualRules() {
    assertThat(gabung()).hasStatus(HttpStatus.NO_CONTENT);
    long jejak = jejakKtp();
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", foto).with(stafKota()))
        .hasStatusOk()
        .body()
        .isEqualTo(BerkasUji.PNG);
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", ktpHapus).with(stafKota()))
        .hasStatusOk()
        .body()
        .isEqualTo(BerkasUji.JPEG);
    RequestPostProcessor pemilik = sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akunTetap));
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", ktpHapus).with(pemilik))
        .as("the kept business's owner")
        .hasStatusOk()
        .body()
        .isEqualTo(BerkasUji.JPEG);
    assertThat(jejakKtp()).isEqualTo(jejak + 2);
    RequestPostProcessor pengurus =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, UmkmFixture.SEKAYU));
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", foto).with(pengurus)).hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", ktpHapus).with(pengurus))
        .hasStatus(HttpStatus.FORBIDDEN)
        .headers()
        .doesNotContainHeader("Content-Disposition");
    RequestPostProcessor pendamping =
        sebagai(Peran.PENDAMPING, Cakupan.wilayah(UmkmFixture.SEKAYU));
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", ktpHapus).with(pendamping))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(jejakKtp()).isEqualTo(jejak + 2);
    RequestPostProcessor geraiLama =
        sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiHapus, UmkmFixture.SEKAYU));
    for (long b : List.of(foto, ktpHapus)) {
      assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", b).with(geraiLama))
          .as("the files follow the kept business out of the merged one's gerai")
          .hasStatus(HttpStatus.NOT_FOUND)
          .headers()
          .doesNotContainHeader("Content-Disposition");
    }
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", tetap).with(geraiLama))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aKtpOfTheSameOwnerStaysAsItIsAndTheMergedBusinessListsNone() {
    long kedua =
        data.usaha(pelakuTetap, "Bandeng Dua " + akhiran, UmkmFixture.SEKAYU, gerai, null, "BELUM");
    long fotoKedua = unggah(kedua, "FOTO_USAHA", "foto2-" + akhiran + ".png", BerkasUji.PNG, "");
    hapus = kedua;
    assertThat(gabung()).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", tetap).with(stafKota()))
        .bodyText()
        .contains("foto2-" + akhiran, "ktp-lama-" + akhiran);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", kedua).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("[]");
    assertThat(data.jejak("GABUNG", BuktiService.JENIS, fotoKedua)).isEqualTo(1);
    assertThat(data.jejak("GABUNG", BuktiService.JENIS, ktpTetap)).isZero();
  }

  @Test
  void aKtpStaysWithAnOwnerWhoStillHasAnotherBusiness() {
    long lain =
        data.usaha(
            pelakuHapus, "Katering " + akhiran, UmkmFixture.SEKAYU, geraiHapus, null, "BELUM");
    assertThat(gabung()).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(kolom(ktpHapus, "CAST(pelaku_usaha_id AS VARCHAR(20))"))
        .isEqualTo(String.valueOf(pelakuHapus));
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", lain).with(stafKota()))
        .bodyText()
        .contains("ktp-baru-" + akhiran)
        .doesNotContain("foto-" + akhiran);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", tetap).with(stafKota()))
        .bodyText()
        .contains("foto-" + akhiran, "ktp-lama-" + akhiran)
        .doesNotContain("ktp-baru-" + akhiran);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", hapus).with(stafKota()))
        .bodyJson()
        .isLenientlyEqualTo("[]");
  }

  @Test
  @WithMockUser(
      username = "uji-gabung",
      roles = "STAF_DINAS",
      setupBefore = TestExecutionEvent.TEST_EXECUTION)
  void aMergeThatRollsBackMovesNoFile() {
    transaksi.executeWithoutResult(
        status -> {
          duplikat.gabungkan(tetap, hapus, Cakupan.wilayah("33.74"));
          assertThat(kolom(foto, "CAST(usaha_id AS VARCHAR(20))")).isEqualTo(String.valueOf(tetap));
          status.setRollbackOnly();
        });
    for (long b : pindah) {
      assertThat(kolom(b, "CAST(pelaku_usaha_id AS VARCHAR(20))"))
          .isEqualTo(String.valueOf(pelakuHapus));
      assertThat(data.jejak("GABUNG", BuktiService.JENIS, b)).isZero();
    }
    assertThat(kolom(foto, "CAST(usaha_id AS VARCHAR(20))")).isEqualTo(String.valueOf(hapus));
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", hapus).with(stafKota()))
        .bodyText()
        .contains("foto-" + akhiran, "ktp-baru-" + akhiran);
  }

  @Test
  void theMergePageSaysTheEvidenceMovesInBothLanguages() {
    String nib = UmkmFixture.nibUnik();
    jdbc.sql("UPDATE usaha SET nib = :nib WHERE id IN (:a, :b)")
        .param("nib", nib)
        .param("a", tetap)
        .param("b", hapus)
        .update();
    assertThat(mvc.get().uri("/umkm/{id}/duplikat", hapus).with(stafKota()))
        .bodyText()
        .contains("dan berkas bukti dipindahkan");
    assertThat(mvc.get().uri("/umkm/{id}/duplikat?lang=en", hapus).with(stafKota()))
        .bodyText()
        .contains("and evidence files are moved");
  }

  private MockMvcTester.MockMvcRequestBuilder gabung() {
    return mvc.post()
        .uri("/api/v1/umkm/{id}/gabung", tetap)
        .with(stafKota())
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"hapusId\": " + hapus + "}");
  }

  private long unggah(long usaha, String jenis, String nama, byte[] isi, String tambahan) {
    var permintaan =
        mvc.post()
            .uri("/api/v1/umkm/{id}/bukti", usaha)
            .multipart()
            .file(BuktiUji.berkas(nama, "application/octet-stream", isi))
            .param("jenis", jenis);
    if (!tambahan.isEmpty()) {
      String[] kv = tambahan.split("=");
      permintaan = permintaan.param(kv[0], kv[1]);
    }
    assertThat(permintaan.with(stafKota()).with(csrf())).hasStatus(HttpStatus.CREATED);
    return jdbc.sql("SELECT id FROM bukti WHERE berkas_nama_asli = :n")
        .param("n", nama)
        .query(Long.class)
        .single();
  }

  private long baris(String sql, String tabel) {
    jdbc.sql(sql).param("id", hapus).param("kini", Timestamp.from(Instant.now())).update();
    return jdbc.sql("SELECT MAX(id) FROM " + tabel + " WHERE usaha_id = :id")
        .param("id", hapus)
        .query(Long.class)
        .single();
  }

  private String kolom(long bukti, String ekspresi) {
    return jdbc.sql("SELECT " + ekspresi + " AS k FROM bukti WHERE id = :id")
        .param("id", bukti)
        .query((rs, i) -> rs.getString(1))
        .list()
        .get(0);
  }

  private long jejakKtp() {
    return data.jejak("LIHAT_DATA_PRIBADI", BuktiService.JENIS, ktpHapus);
  }

  private static long acak() {
    return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
  }
}

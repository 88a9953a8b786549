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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A gerai's officers page: appointing with a decree PDF, completeness, ending a term, roles. */
@SpringBootTest
@AutoConfigureMockMvc
class PengurusControllerTests {

  static final String SEKAYU = "33.74.01.1007";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  long gerai;

  @BeforeEach
  void geraiBaru() {
    gerai = PengurusUji.geraiBaru(jdbc, SEKAYU);
  }

  @Test
  void staffAppointsAnOfficerWithADecreePdfAndDownloadsItBack() {
    String nama = PengurusUji.unik("Siti Rahayu");
    String nomor = PengurusUji.unik("400/12");
    assertThat(angkat(nama, "KETUA", nomor, PengurusUji.pdf("SK Lurah Sekayu.pdf")))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/gerai/" + gerai + "/pengurus");

    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(nama, nomor, "Ketua", "/sk/" + skId(nomor) + "/berkas");

    assertThat(mvc.get().uri("/sk/{id}/berkas", skId(nomor)).with(stafKota()))
        .hasStatusOk()
        .hasContentType("application/pdf")
        .hasHeader("X-Content-Type-Options", "nosniff")
        .hasHeader("Content-Disposition", "attachment; filename=\"SK Lurah Sekayu.pdf\"")
        .body()
        .isEqualTo(PengurusUji.PDF);
  }

  @Test
  void completenessListsTheMissingRequiredPositions() {
    angkat(PengurusUji.unik("Budi"), "SEKRETARIS", PengurusUji.unik("1/SK"), null);

    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Jabatan wajib yang belum terisi", "Ketua", "Bendahara");
    var json =
        assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai).with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.kelengkapan.lengkap").isEqualTo(false);
    json.extractingPath("$.kelengkapan.kurang").asArray().containsExactly("KETUA", "BENDAHARA");

    angkat(PengurusUji.unik("Ani"), "KETUA", PengurusUji.unik("2/SK"), null);
    angkat(PengurusUji.unik("Dewi"), "BENDAHARA", PengurusUji.unik("3/SK"), null);
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai).with(stafKota()))
        .bodyJson()
        .extractingPath("$.kelengkapan.lengkap")
        .isEqualTo(true);
  }

  @Test
  void theGeraiPageItselfShowsCurrentOfficersAndWhatIsMissing() {
    String nama = PengurusUji.unik("Rina Wati");
    angkat(nama, "SEKRETARIS", PengurusUji.unik("4/SK"), null);

    assertThat(mvc.get().uri("/gerai/{id}", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Pengurus saat ini", "Sekretaris: " + nama, "Ketua", "Bendahara")
        .contains("/gerai/" + gerai + "/pengurus");
    assertThat(mvc.get().uri("/gerai/{id}?lang=en", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Secretary: " + nama);
  }

  @Test
  void endingATermMovesTheOfficerToPastTerms() {
    String nama = PengurusUji.unik("Joko");
    angkat(nama, "BENDAHARA", PengurusUji.unik("5/SK"), null);
    long id =
        jdbc.sql("SELECT id FROM pengurus WHERE nama = :n")
            .param("n", nama)
            .query(Long.class)
            .single();

    assertThat(
            mvc.post()
                .uri("/gerai/{g}/pengurus/{p}/akhiri", gerai, id)
                .param("selesai", LocalDate.now().minusDays(1).toString())
                .with(stafKota())
                .with(csrf()))
        .hasStatus3xxRedirection();

    var json =
        assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai).with(stafKota())).bodyJson();
    json.extractingPath("$.sekarang").asArray().isEmpty();
    json.extractingPath("$.riwayat[0].nama").isEqualTo(nama);
    json.extractingPath("$.riwayat[0].status").isEqualTo("SELESAI");
  }

  @Test
  void aTermEndingBeforeItStartsIsAFieldError() {
    String nama = PengurusUji.unik("Salah Tanggal");
    MvcTestResult hasil =
        mvc.post()
            .uri("/gerai/{id}/pengurus", gerai)
            .multipart()
            .param("nama", nama)
            .param("jabatan", "KETUA")
            .param("mulai", "2025-01-10")
            .param("selesai", "2025-01-09")
            .param("telepon", "1234567890123456789")
            .param("skNomor", "9/SK")
            .param("skTanggal", "2025-01-01")
            .param("skPenerbit", "Lurah Sekayu")
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(hasil)
        .hasStatusOk()
        .model()
        .extractingBindingResult("form")
        .hasFieldErrors("selesai");
    assertThat(hasil).bodyText().contains("Akhir masa bakti tidak boleh sebelum tanggal mulai");
    assertThat(PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM pengurus WHERE nama = :v", nama))
        .isZero();
  }

  @Test
  void phoneIsMaskedForAGeraiOfficerAndClearForStaff() {
    angkat(PengurusUji.unik("Rina"), "KETUA", PengurusUji.unik("7/SK"), null);
    var pengurusGerai = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, SEKAYU));

    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(pengurusGerai))
        .hasStatusOk()
        .bodyText()
        .contains("0812****789")
        .doesNotContain("081234567789");
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", gerai).with(pengurusGerai))
        .bodyJson()
        .extractingPath("$.sekarang[0].telepon")
        .isEqualTo("0812****789");
    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(stafKota()))
        .bodyText()
        .contains("081234567789");
  }

  @Test
  void aGeraiOfficerSeesButCannotAppoint() {
    var pengurusGerai = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, SEKAYU));
    assertThat(mvc.get().uri("/gerai/{id}/pengurus", gerai).with(pengurusGerai))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Angkat pengurus", "Akhiri masa bakti");
    String nama = PengurusUji.unik("Tanpa Hak");
    assertThat(
            mvc.post()
                .uri("/gerai/{id}/pengurus", gerai)
                .multipart()
                .param("nama", nama)
                .param("jabatan", "KETUA")
                .param("mulai", "2025-01-01")
                .param("skNomor", "1/X")
                .param("skTanggal", "2025-01-01")
                .param("skPenerbit", "Lurah")
                .with(pengurusGerai)
                .with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM pengurus WHERE nama = :v", nama))
        .isZero();
  }

  @Test
  void anExistingDecreeOfTheSameGeraiCanBeReusedButNotAnotherGerais() {
    String nomor = PengurusUji.unik("8/SK");
    angkat(PengurusUji.unik("Pertama"), "KETUA", nomor, null);
    String kedua = PengurusUji.unik("Kedua");
    assertThat(angkatDenganSk(gerai, kedua, skId(nomor))).hasStatus3xxRedirection();
    assertThat(
            jdbc.sql("SELECT surat_keputusan_id FROM pengurus WHERE nama = :n")
                .param("n", kedua)
                .query(Long.class)
                .single())
        .isEqualTo(skId(nomor));

    long lain = PengurusUji.geraiBaru(jdbc, SEKAYU);
    String ketiga = PengurusUji.unik("Ketiga");
    assertThat(angkatDenganSk(lain, ketiga, skId(nomor))).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM pengurus WHERE nama = :v", ketiga))
        .isZero();
  }

  @Test
  void thePageSpeaksEnglishWithLangEn() {
    assertThat(mvc.get().uri("/gerai/{id}/pengurus?lang=en", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Current officers", "Required positions not yet filled", "Appoint an officer")
        .doesNotContain("Pengurus saat ini");
  }

  @Test
  void anUnknownGeraiIs404() {
    assertThat(mvc.get().uri("/gerai/{id}/pengurus", Long.MAX_VALUE).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/pengurus", Long.MAX_VALUE).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private MvcTestResult angkat(String nama, String jabatan, String nomor, MockMultipartFile pdf) {
    var req =
        mvc.post()
            .uri("/gerai/{id}/pengurus", gerai)
            .multipart()
            .param("nama", nama)
            .param("jabatan", jabatan)
            .param("telepon", "0812-3456-7789")
            .param("mulai", LocalDate.now().minusYears(1).toString())
            .param("skNomor", nomor)
            .param("skTanggal", LocalDate.now().minusYears(1).toString())
            .param("skPenerbit", "Lurah Sekayu")
            .param("skTentang", "Pengangkatan pengurus gerai")
            .with(stafKota())
            .with(csrf());
    if (pdf != null) {
      req.file(pdf);
    }
    return req.exchange();
  }

  private MvcTestResult angkatDenganSk(long geraiId, String nama, long skId) {
    return mvc.post()
        .uri("/gerai/{id}/pengurus", geraiId)
        .multipart()
        .param("nama", nama)
        .param("jabatan", "ANGGOTA")
        .param("mulai", LocalDate.now().toString())
        .param("skId", String.valueOf(skId))
        .with(stafKota())
        .with(csrf())
        .exchange();
  }

  private long skId(String nomor) {
    return jdbc.sql("SELECT id FROM surat_keputusan WHERE nomor = :n")
        .param("n", nomor)
        .query(Long.class)
        .single();
  }
}

package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The forum page: city-wide, kept by Dinkop staff and forum officers, phones masked for others. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ForumControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  final RequestPostProcessor pengurusForum =
      sebagai(Peran.PENGURUS_FORUM, Cakupan.wilayah("33.74"));
  final RequestPostProcessor pengurusGerai =
      sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.11.1007"));

  @Test
  void aForumOfficerAppointsWithADecreePdfEveryoneCanDownload() {
    String nama = PengurusUji.unik("Hartono");
    String nomor = PengurusUji.unik("050/FGKS");
    assertThat(angkat(nama, nomor, pengurusForum))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/forum");

    assertThat(mvc.get().uri("/forum").with(pengurusGerai))
        .hasStatusOk()
        .bodyText()
        .contains("Forum Gerai Kopi &amp; Mi Semarang", "518/1255", nama, nomor);
    long sk = skId(nomor);
    assertThat(
            mvc.get()
                .uri("/sk/{id}/berkas", sk)
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(9))))
        .hasStatusOk()
        .body()
        .isEqualTo(PengurusUji.PDF);
    assertThat(events.stream(Jejak.class))
        .extracting(Jejak::jenisRekaman, Jejak::aksi)
        .contains(
            org.assertj.core.groups.Tuple.tuple("surat_keputusan", "BUAT"),
            org.assertj.core.groups.Tuple.tuple("pengurus", "BUAT"));
  }

  @Test
  void phonesAreMaskedForAGeraiOfficerAndClearForStaff() {
    String nama = PengurusUji.unik("Lestari");
    angkat(nama, PengurusUji.unik("051/FGKS"), stafKota());

    assertThat(mvc.get().uri("/forum").with(pengurusGerai))
        .bodyText()
        .contains("0857****321")
        .doesNotContain("085712345321");
    assertThat(mvc.get().uri("/api/v1/forum").with(pengurusGerai))
        .bodyJson()
        .extractingPath("$.sekarang[?(@.nama == '" + nama + "')].telepon")
        .asArray()
        .containsExactly("0857****321");
    assertThat(mvc.get().uri("/forum").with(stafKota())).bodyText().contains("085712345321");
  }

  @Test
  void aGeraiOfficerCannotChangeTheForum() {
    String nama = PengurusUji.unik("Tanpa Hak");
    assertThat(angkat(nama, PengurusUji.unik("052/FGKS"), pengurusGerai))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM pengurus WHERE nama = :v", nama))
        .isZero();
    assertThat(mvc.get().uri("/forum").with(pengurusGerai))
        .bodyText()
        .doesNotContain("Angkat pengurus", "Lampirkan PDF");
  }

  @Test
  void endingAForumTermIsTraced() {
    String nama = PengurusUji.unik("Purna");
    angkat(nama, PengurusUji.unik("053/FGKS"), pengurusForum);
    long id =
        jdbc.sql("SELECT id FROM pengurus WHERE nama = :n")
            .param("n", nama)
            .query(Long.class)
            .single();

    assertThat(
            mvc.post()
                .uri("/forum/pengurus/{id}/akhiri", id)
                .param("selesai", LocalDate.now().minusDays(1).toString())
                .with(pengurusForum)
                .with(csrf()))
        .hasStatus3xxRedirection();

    assertThat(mvc.get().uri("/api/v1/forum").with(pengurusForum))
        .bodyJson()
        .extractingPath("$.riwayat[?(@.nama == '" + nama + "')].status")
        .asArray()
        .containsExactly("SELESAI");
    assertThat(events.stream(Jejak.class))
        .anyMatch(j -> j.aksi().equals("UBAH") && j.idRekaman().equals(String.valueOf(id)));
  }

  @Test
  void aPdfCanBeAttachedToADecreeLater() {
    String nomor = PengurusUji.unik("054/FGKS");
    angkat(PengurusUji.unik("Tanpa Berkas"), nomor, pengurusForum, false);
    long sk = skId(nomor);
    assertThat(mvc.get().uri("/sk/{id}/berkas", sk).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);

    assertThat(
            mvc.post()
                .uri("/forum/sk/{id}/berkas", sk)
                .multipart()
                .file(PengurusUji.pdf("lampiran.pdf"))
                .with(pengurusForum)
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/sk/{id}/berkas", sk).with(stafKota()))
        .hasStatusOk()
        .hasHeader("Content-Disposition", "attachment; filename=\"lampiran.pdf\"");
  }

  @Test
  void thereIsOnlyEverOneForumAndOnlyStaffFormIt() {
    assertThat(
            mvc.post()
                .uri("/forum")
                .param("nama", "Forum Kedua")
                .param("singkatan", "FK2")
                .with(stafKota())
                .with(csrf()))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("galat", "forum.sudah-ada");
    assertThat(
            mvc.post()
                .uri("/forum")
                .param("nama", "Forum Kedua")
                .param("singkatan", "FK2")
                .with(pengurusForum)
                .with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            PengurusUji.jumlah(jdbc, "SELECT COUNT(*) FROM forum WHERE nama = :v", "Forum Kedua"))
        .isZero();
  }

  @Test
  void theForumPageSpeaksEnglish() {
    assertThat(mvc.get().uri("/forum?lang=en").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Founded on 16 December 2019", "Decrees", "Current officers");
  }

  private MvcTestResult angkat(String nama, String nomor, RequestPostProcessor siapa) {
    return angkat(nama, nomor, siapa, true);
  }

  private MvcTestResult angkat(
      String nama, String nomor, RequestPostProcessor siapa, boolean denganPdf) {
    var req = mvc.post().uri("/forum/pengurus").multipart();
    if (denganPdf) {
      req.file(PengurusUji.pdf("SK FGKS.pdf"));
    }
    return req.param("nama", nama)
        .param("jabatan", "KOORDINATOR_BIDANG")
        .param("bidang", "Pemasaran")
        .param("telepon", "085712345321")
        .param("mulai", LocalDate.now().minusMonths(6).toString())
        .param("skNomor", nomor)
        .param("skTanggal", LocalDate.now().minusMonths(6).toString())
        .param("skPenerbit", "Wali Kota Semarang")
        .with(siapa)
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

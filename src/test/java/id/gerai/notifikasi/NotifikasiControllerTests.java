package id.gerai.notifikasi;

import static id.gerai.notifikasi.NotifikasiUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Pemberitahuan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The notifications page, the header badge and the preferences page, in both languages: own
 * notifications only (another user's answers 404), newest first, opening marks read and leads to
 * the target, the unread count follows, WhatsApp links where a phone is known.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotifikasiControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  long saya;
  long orangLain;

  @BeforeEach
  void siapkan() {
    saya = NotifikasiUji.akunBaru();
    orangLain = NotifikasiUji.akunBaru();
  }

  @Test
  void ownNotificationsNewestFirstInIndonesian() throws Exception {
    kirim(Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/1", "Izin PIRT"));
    kirim(
        Pemberitahuan.untuk(
            saya, Pemberitahuan.Jenis.PENDAFTARAN_DIKONFIRMASI, "/kegiatan/2", "Bazar UMKM"));
    kirim(
        Pemberitahuan.untuk(orangLain, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/9", "Rahasia"));

    String isi =
        mvc.get()
            .uri("/notifikasi")
            .with(sebagai(saya))
            .exchange()
            .getResponse()
            .getContentAsString();

    assertThat(isi)
        .contains(
            "Notifikasi",
            "Pendaftaran Anda untuk Bazar UMKM telah dikonfirmasi.",
            "Permasalahan Izin PIRT ditugaskan kepada Anda.",
            "Tandai semua sudah dibaca")
        .doesNotContain("Rahasia");
    assertThat(isi.indexOf("Bazar UMKM")).isLessThan(isi.indexOf("Izin PIRT"));
  }

  @Test
  void theSameNotificationReadsInEnglish() {
    kirim(Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TERLAMBAT, "/konsultasi/1", "Modal"));

    assertThat(mvc.get().uri("/notifikasi?lang=en").with(sebagai(saya)))
        .hasStatusOk()
        .bodyText()
        .contains("Notifications", "Problem Modal is past its handling target.", "Overdue");
  }

  @Test
  void openingMarksReadAndLeadsToTheTarget() {
    kirim(Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/7", "Kemasan"));
    kirim(Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/8", "Label"));
    long id = new NotifikasiUji(jdbc).idTerakhir(saya);
    assertThat(mvc.get().uri("/notifikasi/jumlah").with(sebagai(saya)))
        .hasStatusOk()
        .bodyText()
        .contains("2");

    assertThat(mvc.get().uri("/notifikasi/{id}/buka", id).with(sebagai(saya)))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/konsultasi/8");
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah").with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .isEqualTo(1);

    assertThat(mvc.post().uri("/notifikasi/dibaca").with(sebagai(saya)).with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/notifikasi/jumlah").with(sebagai(saya)))
        .bodyText()
        .doesNotContain("1", "2");
  }

  @Test
  void anotherUsersNotificationIsNotFound() {
    kirim(Pemberitahuan.untuk(orangLain, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/5", "X"));
    long milikOrang = new NotifikasiUji(jdbc).idTerakhir(orangLain);

    assertThat(mvc.get().uri("/notifikasi/{id}/buka", milikOrang).with(sebagai(saya)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post().uri("/notifikasi/{id}/dibaca", milikOrang).with(sebagai(saya)).with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/notifikasi/{id}/dibaca", milikOrang)
                .with(csrf())
                .with(sebagai(saya)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.post().uri("/notifikasi/dibaca").with(sebagai(saya)).with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah").with(sebagai(orangLain)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .as("marking all read touches only one's own")
        .isEqualTo(1);
  }

  @Test
  void aWhatsAppLinkWhereAPhoneIsKnown() {
    kirim(
        Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/1", "Izin PIRT")
            .denganTelepon("0812-3456-7890"));
    kirim(
        Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/2", "Kemasan")
            .denganTelepon("024 3551234"));

    assertThat(mvc.get().uri("/notifikasi").with(sebagai(saya)))
        .bodyText()
        .contains(
            "https://wa.me/6281234567890?text=Halo%2C%20saya%20dari%20Gerai%20Kopi%20%26%20Mi",
            "Kirim WhatsApp")
        .doesNotContain("wa.me/6224");
  }

  @Test
  void anHtmxPageChangeGetsOnlyTheResults() {
    for (int i = 0; i < 21; i++) {
      kirim(Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/" + i, "K" + i));
    }

    assertThat(
            mvc.get().uri("/notifikasi?halaman=1").header("HX-Request", "true").with(sebagai(saya)))
        .hasStatusOk()
        .bodyText()
        .contains("K0", "Halaman 2 dari 2")
        .doesNotContain("<html", "K20");
  }

  @Test
  void theLayoutLoadsTheBadge() {
    assertThat(mvc.get().uri("/notifikasi").with(sebagai(saya)))
        .bodyText()
        .contains("hx-get=\"/notifikasi/jumlah\"", "hx-trigger=\"load, segarkan\"", "data-latar");
  }

  @Test
  void signedOutCallersAreSentToSignIn() {
    assertThat(mvc.get().uri("/notifikasi")).hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah")).hasStatus4xxClientError();
  }

  @Test
  void preferencesAreSavedAndABadAddressIsRefusedInBothLanguages() {
    assertThat(
            mvc.post()
                .uri("/notifikasi/pengaturan")
                .with(sebagai(saya))
                .with(csrf())
                .param("surel", "bukan-alamat")
                .param("surelAktif", "true")
                .param("bahasa", "en"))
        .hasStatusOk()
        .bodyText()
        .contains("Alamat email tidak sah.");
    assertThat(
            mvc.post()
                .uri("/notifikasi/pengaturan?lang=en")
                .with(sebagai(saya))
                .with(csrf())
                .param("surelAktif", "true"))
        .bodyText()
        .contains("Fill in an email address to receive email.");

    assertThat(
            mvc.post()
                .uri("/notifikasi/pengaturan")
                .with(sebagai(saya))
                .with(csrf())
                .param("surel", "sri@contoh.test")
                .param("surelAktif", "true")
                .param("bahasa", "en"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/notifikasi/pengaturan").with(sebagai(saya)))
        .bodyText()
        .contains("sri@contoh.test", "Bahasa email");
    assertThat(
            jdbc.sql(
                    "SELECT CAST(sesudah AS VARCHAR(2000)) FROM jejak_audit"
                        + " WHERE jenis_rekaman = 'notifikasi_preferensi' AND id_rekaman = :id")
                .param("id", String.valueOf(saya))
                .query(String.class)
                .single())
        .as("the trail keeps the address masked")
        .contains("s***@contoh.test")
        .doesNotContain("sri@contoh.test");
    assertThat(mvc.get().uri("/notifikasi/pengaturan?lang=en").with(sebagai(saya)))
        .bodyText()
        .contains("Notification settings", "Email language");
  }

  private void kirim(Pemberitahuan p) {
    events.publishEvent(p);
  }
}

package id.gerai.notifikasi;

import static id.gerai.notifikasi.NotifikasiUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Pemberitahuan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/v1/notifikasi}: own notifications only, text in the asked language, marking read. */
@SpringBootTest
@AutoConfigureMockMvc
class NotifikasiApiControllerTests {

  @Autowired MockMvcTester mvc;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  @Test
  void listsOnlyTheCallersOwnInTheirLanguage() {
    long saya = NotifikasiUji.akunBaru();
    long orangLain = NotifikasiUji.akunBaru();
    events.publishEvent(
        new Pemberitahuan(
            List.of(saya, orangLain),
            Pemberitahuan.Jenis.LAPORAN_JATUH_TEMPO,
            null,
            List.of("Gerai Sekayu", "Oktober 2026"),
            "/gerai/3/laporan",
            "081234567890"));
    events.publishEvent(
        Pemberitahuan.untuk(orangLain, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/4", "Rahasia"));

    assertThat(mvc.get().uri("/api/v1/notifikasi").with(sebagai(saya)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.total").isEqualTo(1);
              assertThat(j)
                  .extractingPath("$.isi[0].teks")
                  .isEqualTo(
                      "Laporan bulanan Gerai Sekayu untuk periode Oktober 2026 jatuh tempo.");
              assertThat(j).extractingPath("$.isi[0].jenis").isEqualTo("LAPORAN_JATUH_TEMPO");
              assertThat(j).extractingPath("$.isi[0].tautan").isEqualTo("/gerai/3/laporan");
              assertThat(j).extractingPath("$.isi[0].dibaca").isEqualTo(false);
              assertThat(j)
                  .extractingPath("$.isi[0].whatsapp")
                  .asString()
                  .startsWith("https://wa.me/6281234567890?text=");
            });
    assertThat(
            mvc.get().uri("/api/v1/notifikasi").header("Accept-Language", "en").with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.isi[0].teks")
        .isEqualTo("The monthly report of Gerai Sekayu for Oktober 2026 is due.");
  }

  @Test
  void markingReadLowersTheCount() {
    long saya = NotifikasiUji.akunBaru();
    events.publishEvent(
        Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/1", "A"));
    events.publishEvent(
        Pemberitahuan.untuk(saya, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/2", "B"));
    long id = new NotifikasiUji(jdbc).idTerakhir(saya);

    assertThat(
            mvc.post().uri("/api/v1/notifikasi/{id}/dibaca", id).with(csrf()).with(sebagai(saya)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(
            mvc.post().uri("/api/v1/notifikasi/{id}/dibaca", id).with(csrf()).with(sebagai(saya)))
        .as("twice is harmless")
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah").with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .isEqualTo(1);
    assertThat(mvc.post().uri("/api/v1/notifikasi/dibaca").with(csrf()).with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .isEqualTo(0);
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah").with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .isEqualTo(0);
  }

  @Test
  void anotherUsersNotificationAnswers404WithAMessage() {
    long pemilik = NotifikasiUji.akunBaru();
    events.publishEvent(
        Pemberitahuan.untuk(pemilik, Pemberitahuan.Jenis.TERLAMBAT, "/konsultasi/1", "A"));
    long id = new NotifikasiUji(jdbc).idTerakhir(pemilik);

    assertThat(
            mvc.post()
                .uri("/api/v1/notifikasi/{id}/dibaca", id)
                .with(csrf())
                .header("Accept-Language", "en")
                .with(sebagai(NotifikasiUji.akunBaru())))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("Notification " + id + " not found.");
    assertThat(new NotifikasiUji(jdbc).jumlah(pemilik)).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/notifikasi/jumlah").with(sebagai(pemilik)))
        .bodyJson()
        .extractingPath("$.belumDibaca")
        .isEqualTo(1);
  }

  @Test
  void preferencesThroughTheApi() {
    long saya = NotifikasiUji.akunBaru();
    assertThat(mvc.get().uri("/api/v1/notifikasi/pengaturan").with(sebagai(saya)))
        .bodyJson()
        .extractingPath("$.bahasa")
        .isEqualTo("id");
    assertThat(
            mvc.put()
                .uri("/api/v1/notifikasi/pengaturan")
                .with(sebagai(saya))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"surel\":\"budi@contoh.test\",\"surelAktif\":true,\"bahasa\":\"en\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.surel")
        .isEqualTo("budi@contoh.test");
    assertThat(
            mvc.put()
                .uri("/api/v1/notifikasi/pengaturan")
                .with(sebagai(saya))
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"surel\":\"bukan alamat\",\"surelAktif\":true}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("This is not a valid email address.");
  }
}

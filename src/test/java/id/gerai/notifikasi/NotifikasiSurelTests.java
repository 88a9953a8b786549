package id.gerai.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Pemberitahuan;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email through SMTP when it is switched on, against a fake SMTP server inside the JVM: the text in
 * the recipient's language, only to those who asked for it, and a refused delivery leaves the
 * notification and the sender's change in place, marked GAGAL.
 */
@SpringBootTest(
    properties = {
      "gerai.notifikasi.email.aktif=true",
      "gerai.notifikasi.email.dari=gerai@dinkop.test",
      "gerai.notifikasi.alamat-situs=https://gerai.test"
    })
class NotifikasiSurelTests {

  static final PeladenSmtpUji SMTP = new PeladenSmtpUji();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry r) {
    r.add("spring.mail.host", () -> "127.0.0.1");
    r.add("spring.mail.port", SMTP::port);
  }

  @AfterAll
  static void tutup() throws Exception {
    SMTP.close();
  }

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaksi;
  @Autowired JdbcClient jdbc;
  @Autowired AkunService akun;
  @Autowired NotifikasiService notifikasi;

  @BeforeEach
  void kosongkan() {
    SMTP.kosongkan();
  }

  @Test
  void mailedInTheRecipientsLanguageAfterTheCommit() throws Exception {
    long id = akunBaru("Sri Rahayu");
    notifikasi.aturPreferensi(id, new Preferensi("sri@contoh.test", true, "en"));

    transaksi.executeWithoutResult(s -> events.publishEvent(penugasan(id)));

    MimeMessage m = SMTP.tunggu(10);
    assertThat(m).isNotNull();
    assertThat(m.getSubject()).isEqualTo("Gerai: Assignment");
    assertThat(m.getFrom()).extracting(Address::toString).containsExactly("gerai@dinkop.test");
    assertThat(m.getAllRecipients())
        .extracting(Address::toString)
        .containsExactly("sri@contoh.test");
    assertThat(m.getContent().toString())
        .contains(
            "Hello Sri Rahayu,",
            "Problem Izin PIRT was assigned to you.",
            "https://gerai.test/konsultasi/12");
    assertThat(tungguStatus(id)).isEqualTo("TERKIRIM");
  }

  @Test
  void indonesianByDefault() throws Exception {
    long id = akunBaru("Budi Santoso");
    notifikasi.aturPreferensi(id, new Preferensi("budi@contoh.test", true, null));

    events.publishEvent(penugasan(id));

    MimeMessage m = SMTP.tunggu(10);
    assertThat(m).isNotNull();
    assertThat(m.getSubject()).isEqualTo("Gerai: Penugasan");
    assertThat(m.getContent().toString())
        .contains("Halo Budi Santoso,", "Permasalahan Izin PIRT ditugaskan kepada Anda.");
  }

  @Test
  void onlyThoseWhoAskedAreMailed() throws Exception {
    long tanpaPreferensi = akunBaru("Tanpa Preferensi");
    long dimatikan = akunBaru("Email Mati");
    notifikasi.aturPreferensi(dimatikan, new Preferensi("mati@contoh.test", false, "id"));
    long nonaktif = akunBaru("Akun Nonaktif");
    notifikasi.aturPreferensi(nonaktif, new Preferensi("nonaktif@contoh.test", true, "id"));
    akun.nonaktifkan(nonaktif);

    events.publishEvent(
        penugasan(tanpaPreferensi).kepada(java.util.List.of(tanpaPreferensi, dimatikan, nonaktif)));

    assertThat(SMTP.tunggu(2)).isNull();
    NotifikasiUji uji = new NotifikasiUji(jdbc);
    assertThat(uji.jumlah(tanpaPreferensi) + uji.jumlah(dimatikan) + uji.jumlah(nonaktif))
        .isEqualTo(3);
    assertThat(uji.statusSurel(dimatikan)).isNull();
    assertThat(uji.statusSurel(nonaktif)).isNull();
  }

  @Test
  void aRefusedDeliveryIsMarkedAndBreaksNothing() throws Exception {
    long id = akunBaru("Alamat Salah");
    notifikasi.aturPreferensi(id, new Preferensi("tolak@contoh.test", true, "id"));

    transaksi.executeWithoutResult(s -> events.publishEvent(penugasan(id)));

    assertThat(tungguStatus(id)).isEqualTo("GAGAL");
    assertThat(new NotifikasiUji(jdbc).jumlah(id)).isEqualTo(1);
    assertThat(notifikasi.belumDibaca(id)).isEqualTo(1);
  }

  private long akunBaru(String nama) {
    String pengguna = "surel-" + NotifikasiUji.akunBaru();
    return akun.buat(
            new BuatAkun(
                pengguna, nama, null, Peran.PENDAMPING, Cakupan.Jenis.WILAYAH, "33.74", null),
            Cakupan.wilayah("33.74"))
        .akun()
        .id();
  }

  private static Pemberitahuan penugasan(long akunId) {
    return Pemberitahuan.untuk(
        akunId, Pemberitahuan.Jenis.PENUGASAN, "/konsultasi/12", "Izin PIRT");
  }

  private String tungguStatus(long akunId) throws InterruptedException {
    NotifikasiUji uji = new NotifikasiUji(jdbc);
    Instant batas = Instant.now().plus(Duration.ofSeconds(10));
    String status = uji.statusSurel(akunId);
    while ("MENUNGGU".equals(status) && Instant.now().isBefore(batas)) {
      Thread.sleep(50);
      status = uji.statusSurel(akunId);
    }
    return status;
  }
}

package id.gerai.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Pemberitahuan;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable email against the fake SMTP server: a refused delivery is retried by the job after a
 * doubling wait and goes out once the server accepts; an email left waiting by a restart is sent by
 * the job, one still within the sending thread's grace is left alone; after the last attempt
 * nothing is retried. The job is called with a moved clock (the schedule is off in tests).
 */
@SpringBootTest(
    properties = {
      "gerai.notifikasi.email.aktif=true",
      "gerai.notifikasi.email.dari=gerai@dinkop.test",
      "gerai.notifikasi.alamat-situs=https://gerai.test"
    })
class SurelUlangTests {

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
  @Autowired SurelUlang ulang;
  @Autowired SurelCatatan catatan;
  @Autowired PengirimSurel pengirim;
  @Autowired NotifikasiProperties properti;

  @AfterEach
  void pulihkan() {
    SMTP.gangguan(false);
  }

  @Test
  void aRefusedEmailIsRetriedAfterADoublingWaitAndGoesOutLater() throws Exception {
    long id = akunBaru("Rini Lestari");
    String alamat = "rini-" + id + "@contoh.test";
    notifikasi.aturPreferensi(id, new Preferensi(alamat, true, "id"));
    SMTP.gangguan(true);

    transaksi.executeWithoutResult(s -> events.publishEvent(penugasan(id)));

    Map<String, Object> baris = tungguDicoba(id);
    assertThat(baris.get("surel_status")).isEqualTo("GAGAL");
    assertThat(((Number) baris.get("surel_percobaan")).intValue()).isEqualTo(1);
    assertThat((String) baris.get("surel_galat")).contains("451");
    Instant dicoba = instan(baris.get("surel_dicoba_pada"));
    Instant berikut = instan(baris.get("surel_coba_lagi"));
    assertThat(Duration.between(dicoba, berikut)).isEqualTo(Duration.ofMinutes(1));

    // Not due before its wait has passed.
    jalankan(berikut.minusSeconds(1));
    assertThat(percobaan(id)).isEqualTo(1);

    // Second attempt, still refused: the wait doubles.
    jalankan(berikut);
    baris = barisTerakhir(id);
    assertThat(baris.get("surel_status")).isEqualTo("GAGAL");
    assertThat(((Number) baris.get("surel_percobaan")).intValue()).isEqualTo(2);
    assertThat(instan(baris.get("surel_coba_lagi"))).isEqualTo(berikut.plus(Duration.ofMinutes(2)));

    SMTP.gangguan(false);
    jalankan(berikut.plus(Duration.ofMinutes(2)));
    baris = barisTerakhir(id);
    assertThat(baris.get("surel_status")).isEqualTo("TERKIRIM");
    assertThat(((Number) baris.get("surel_percobaan")).intValue()).isEqualTo(3);
    assertThat(baris.get("surel_galat")).isNull();
    assertThat(baris.get("surel_coba_lagi")).isNull();
    List<MimeMessage> surel = untuk(alamat);
    assertThat(surel).hasSize(1);
    assertThat(surel.get(0).getContent().toString())
        .contains("Halo Rini Lestari,", "https://gerai.test/konsultasi/12");

    // Sent is final: a later run sends nothing more.
    jalankan(Instant.now().plus(Duration.ofDays(1)));
    assertThat(untuk(alamat)).isEmpty();
  }

  @Test
  void anEmailLeftWaitingByARestartIsSentByTheJob() throws Exception {
    long id = akunBaru("Joko Susilo");
    String sebelumRestart = "joko-" + id + "@contoh.test";
    String masihTenggat = "joko-baru-" + id + "@contoh.test";
    Instant kini = Instant.now();
    // Written before due times were kept, or the process stopped before its thread sent it.
    long lama = sisipkan(id, sebelumRestart, "MENUNGGU", 0, null, "en");
    long lewat = sisipkan(id, sebelumRestart, "MENUNGGU", 0, kini.minusSeconds(5), "en");
    // Just made: the sending thread still has its chance.
    long baru = sisipkan(id, masihTenggat, "MENUNGGU", 0, kini.plus(Duration.ofMinutes(2)), "id");

    jalankan(kini);

    assertThat(status(lama)).isEqualTo("TERKIRIM");
    assertThat(status(lewat)).isEqualTo("TERKIRIM");
    assertThat(status(baru)).isEqualTo("MENUNGGU");
    List<MimeMessage> surel = untuk(sebelumRestart);
    assertThat(surel).hasSize(2);
    assertThat(surel.get(0).getSubject()).isEqualTo("Gerai: Assignment");
    assertThat(surel.get(0).getContent().toString()).contains("Hello Joko Susilo,");
    assertThat(untuk(masihTenggat)).isEmpty();
  }

  @Test
  void afterTheLastAttemptNothingIsRetried() throws Exception {
    int maks = properti.email().maksPercobaan();
    long id = akunBaru("Wati Lestari");
    String alamat = "wati-" + id + "@contoh.test";
    Instant kini = Instant.now();
    long terakhir = sisipkan(id, alamat, "GAGAL", maks - 1, kini.minusSeconds(1), "id");
    long habis = sisipkan(id, alamat, "GAGAL", maks, kini.minusSeconds(1), "id");
    SMTP.gangguan(true);

    jalankan(kini);

    assertThat(percobaanBaris(terakhir)).isEqualTo(maks);
    assertThat(status(terakhir)).isEqualTo("GAGAL");
    assertThat(kolom(terakhir, "surel_coba_lagi")).isNull();
    assertThat(percobaanBaris(habis)).isEqualTo(maks);

    SMTP.gangguan(false);
    jalankan(kini.plus(Duration.ofDays(30)));
    assertThat(untuk(alamat)).isEmpty();
    assertThat(percobaanBaris(terakhir)).isEqualTo(maks);
    assertThat(status(terakhir)).isEqualTo("GAGAL");
  }

  @Test
  void aDisabledAccountGetsNoRetryAndAnAttemptIsTakenOnce() throws Exception {
    long id = akunBaru("Akun Ditutup");
    String alamat = "ditutup-" + id + "@contoh.test";
    long baris = sisipkan(id, alamat, "MENUNGGU", 0, Instant.now().minusSeconds(1), "id");
    akun.nonaktifkan(id);

    jalankan(Instant.now());

    assertThat(status(baris)).isEqualTo("GAGAL");
    assertThat(kolom(baris, "surel_coba_lagi")).isNull();
    assertThat(untuk(alamat)).isEmpty();
    // An attempt read at a count someone else has already raised is not made.
    Surel s =
        new Surel(
            baris,
            alamat,
            "X",
            java.util.Locale.ENGLISH,
            Pemberitahuan.Jenis.PENUGASAN,
            "notifikasi.pesan.PENUGASAN",
            List.of("x"),
            "/x");
    assertThat(pengirim.kirim(s, 0, Instant.now())).isFalse();
    assertThat(untuk(alamat)).isEmpty();
  }

  @Test
  void theWaitDoublesUpToItsCap() {
    assertThat(pengirim.jeda(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(pengirim.jeda(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(pengirim.jeda(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(pengirim.jeda(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
    assertThat(pengirim.jeda(10)).isEqualTo(Duration.ofHours(6));
    assertThat(pengirim.jeda(100)).isEqualTo(Duration.ofHours(6));
  }

  /**
   * Runs the job at {@code kini} until nothing due at that time is left (other tests' rows too).
   */
  private void jalankan(Instant kini) {
    for (int i = 0; i < 50; i++) {
      ulang.kirimUlang(kini);
      if (catatan.jatuhTempo(kini, properti.email().maksPercobaan(), 1).isEmpty()) {
        return;
      }
    }
  }

  private List<MimeMessage> untuk(String alamat) throws MessagingException {
    List<MimeMessage> milik = new ArrayList<>();
    for (MimeMessage m : SMTP.ambilSemua()) {
      if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(alamat::equals)) {
        milik.add(m);
      }
    }
    return milik;
  }

  private long sisipkan(
      long akunId, String alamat, String status, int percobaan, Instant cobaLagi, String bahasa) {
    org.springframework.jdbc.support.GeneratedKeyHolder kunci =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO notifikasi (akun_id, jenis, kode_pesan, argumen, tautan, bahasa,
              dibuat_pada, surel_alamat, surel_status, surel_percobaan, surel_coba_lagi)
            VALUES (:akun, 'PENUGASAN', 'notifikasi.pesan.PENUGASAN', '["Izin PIRT"]',
              '/konsultasi/12', :bahasa, :dibuat, :alamat, :status, :percobaan, :cobaLagi)
            """)
        .param("akun", akunId)
        .param("bahasa", bahasa)
        .param("dibuat", Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)))
        .param("alamat", alamat)
        .param("status", status)
        .param("percobaan", percobaan)
        .param("cobaLagi", cobaLagi == null ? null : Timestamp.from(cobaLagi))
        .update(kunci, "id");
    return kunci.getKeyAs(Number.class).longValue();
  }

  private Map<String, Object> tungguDicoba(long akunId) throws InterruptedException {
    Instant batas = Instant.now().plusSeconds(10);
    Map<String, Object> baris = barisTerakhir(akunId);
    while ("MENUNGGU".equals(baris.get("surel_status")) && Instant.now().isBefore(batas)) {
      Thread.sleep(50);
      baris = barisTerakhir(akunId);
    }
    return baris;
  }

  private Map<String, Object> barisTerakhir(long akunId) {
    return jdbc.sql(
            "SELECT surel_status, surel_percobaan, surel_galat, surel_dicoba_pada,"
                + " surel_coba_lagi FROM notifikasi WHERE akun_id = :a ORDER BY id DESC LIMIT 1")
        .param("a", akunId)
        .query()
        .singleRow();
  }

  private int percobaan(long akunId) {
    return ((Number) barisTerakhir(akunId).get("surel_percobaan")).intValue();
  }

  private int percobaanBaris(long id) {
    return ((Number) kolom(id, "surel_percobaan")).intValue();
  }

  private String status(long id) {
    return (String) kolom(id, "surel_status");
  }

  private Object kolom(long id, String kolom) {
    return jdbc.sql("SELECT " + kolom + " AS nilai FROM notifikasi WHERE id = :id")
        .param("id", id)
        .query()
        .singleRow()
        .get("nilai");
  }

  private static Instant instan(Object waktu) {
    if (waktu instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (waktu instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + waktu);
  }

  private long akunBaru(String nama) {
    String pengguna = "ulang-" + NotifikasiUji.akunBaru();
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
}

package id.gerai.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Pemberitahuan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seam: a module publishes {@link Pemberitahuan} in its transaction; one notification per
 * recipient appears once it commits, none when it rolls back, and a notification that cannot be
 * stored never breaks the sender's change. Email is off here (the default), so nothing is mailed.
 */
@SpringBootTest
class PenerimaPemberitahuanTests {

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaksi;
  @Autowired JdbcClient jdbc;
  @Autowired AkunService akun;
  @Autowired NotifikasiService notifikasi;

  NotifikasiUji uji() {
    return new NotifikasiUji(jdbc);
  }

  @Test
  void oneNotificationPerRecipientAfterTheSenderCommits() {
    long a = NotifikasiUji.akunBaru();
    long b = NotifikasiUji.akunBaru();
    transaksi.executeWithoutResult(
        s -> {
          events.publishEvent(
              new Pemberitahuan(
                  List.of(a, b, a),
                  Pemberitahuan.Jenis.PENUGASAN,
                  null,
                  List.of("Izin PIRT"),
                  "/konsultasi/12",
                  null));
          assertThat(uji().jumlah(a)).as("nothing before the commit").isZero();
        });

    assertThat(uji().jumlah(a)).isEqualTo(1);
    assertThat(uji().jumlah(b)).isEqualTo(1);
    assertThat(notifikasi.belumDibaca(a)).isEqualTo(1);
  }

  @Test
  void noneWhenTheSenderRollsBack() {
    long a = NotifikasiUji.akunBaru();
    transaksi.executeWithoutResult(
        s -> {
          events.publishEvent(
              Pemberitahuan.untuk(a, Pemberitahuan.Jenis.TANGGAPAN, "/konsultasi/3", "x"));
          s.setRollbackOnly();
        });

    assertThat(uji().jumlah(a)).isZero();
  }

  @Test
  void publishedOutsideATransactionItIsStoredAtOnce() {
    long a = NotifikasiUji.akunBaru();
    events.publishEvent(
        Pemberitahuan.untuk(
            a, Pemberitahuan.Jenis.LAPORAN_JATUH_TEMPO, "/gerai/5", "G", "2026-10"));

    assertThat(uji().jumlah(a)).isEqualTo(1);
  }

  @Test
  void aNotificationThatCannotBeStoredDoesNotBreakTheSendersChange() {
    long a = NotifikasiUji.akunBaru();
    String nama = "notif-" + a;
    String kodeKepanjangan = "k".repeat(300);

    assertThatCode(
            () ->
                transaksi.executeWithoutResult(
                    s -> {
                      akun.buat(
                          new BuatAkun(
                              nama,
                              "Uji Pengirim",
                              null,
                              Peran.STAF_DINAS,
                              Cakupan.Jenis.WILAYAH,
                              "33.74",
                              null),
                          Cakupan.wilayah("33.74"));
                      events.publishEvent(
                          Pemberitahuan.untuk(a, Pemberitahuan.Jenis.TERLAMBAT, "/k/1", "x")
                              .denganPesan(kodeKepanjangan));
                    }))
        .doesNotThrowAnyException();

    assertThat(akun.daftar()).extracting(AkunRingkas::namaPengguna).contains(nama);
    assertThat(uji().jumlah(a)).isZero();
  }

  @Test
  void withEmailSwitchedOffNothingWaitsForMail() {
    long a = NotifikasiUji.akunBaru();
    notifikasi.aturPreferensi(a, new Preferensi("sri@contoh.test", true, "en"));

    events.publishEvent(
        Pemberitahuan.untuk(
            a, Pemberitahuan.Jenis.PENDAFTARAN_DIKONFIRMASI, "/kegiatan/4", "Bazar"));

    assertThat(uji().jumlah(a)).isEqualTo(1);
    assertThat(uji().statusSurel(a)).isNull();
    assertThat(
            jdbc.sql("SELECT bahasa FROM notifikasi WHERE akun_id = :a")
                .param("a", a)
                .query(String.class)
                .single())
        .as("the recipient's language is kept for later")
        .isEqualTo("en");
  }
}

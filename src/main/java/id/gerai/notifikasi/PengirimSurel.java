package id.gerai.notifikasi;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails notifications on a thread of its own, so a slow or absent SMTP server never holds up the
 * request that caused them. Every attempt is claimed and recorded in the database ({@link
 * SurelCatatan}): sent, or failed with its error and the time of the next attempt (backing off, up
 * to a maximum of attempts), which {@link SurelUlang} picks up — also after a restart. Mail is on
 * only when {@code gerai.notifikasi.email.aktif} is true and {@code spring.mail.host} is set
 * (Spring Boot then provides the mail sender).
 */
@Component
class PengirimSurel {

  private static final Logger LOG = LoggerFactory.getLogger(PengirimSurel.class);

  /**
   * How long a claimed attempt holds its row: far longer than the SMTP time-outs, so a live attempt
   * is never taken twice; a crash mid-send leaves the row due again after it.
   */
  static final Duration SEWA = Duration.ofMinutes(10);

  private final ObjectProvider<JavaMailSender> mail;
  private final NotifikasiProperties properti;
  private final TeksNotifikasi teks;
  private final SurelCatatan catatan;
  private final ExecutorService pelaksana =
      Executors.newSingleThreadExecutor(
          tugas -> {
            Thread t = new Thread(tugas, "notifikasi-surel");
            t.setDaemon(true);
            return t;
          });

  PengirimSurel(
      ObjectProvider<JavaMailSender> mail,
      NotifikasiProperties properti,
      TeksNotifikasi teks,
      SurelCatatan catatan) {
    this.mail = mail;
    this.properti = properti;
    this.teks = teks;
    this.catatan = catatan;
  }

  boolean siap() {
    return properti.email().aktif() && mail.getIfAvailable() != null;
  }

  /** When the retry job may take over a new email the sending thread has not sent. */
  OffsetDateTime jatuhTempoAwal(OffsetDateTime dibuat) {
    return dibuat.plus(properti.email().tenggat());
  }

  /** First attempts of new emails, on the sending thread. */
  void kirimNanti(List<Surel> daftar) {
    if (!daftar.isEmpty()) {
      pelaksana.execute(() -> daftar.forEach(s -> kirim(s, 0, Instant.now())));
    }
  }

  /**
   * One attempt, if the row still has {@code percobaan} attempts behind it (else someone else took
   * it and nothing happens). True when the email went out.
   */
  boolean kirim(Surel s, int percobaan, Instant kini) {
    long id = s.notifikasiId();
    if (!catatan.klaim(id, percobaan, kini, kini.plus(SEWA))) {
      return false;
    }
    try {
      mail.getObject().send(pesan(s));
    } catch (RuntimeException e) {
      gagal(id, percobaan + 1, e.getMessage(), kini);
      return false;
    }
    try {
      catatan.terkirim(id);
    } catch (RuntimeException e) {
      LOG.warn("Email status of notification {} not kept: {}", id, e.getMessage());
    }
    return true;
  }

  /** Records a failed attempt and when the next one is due, or that none is left. */
  void gagal(long id, int percobaanKe, String galat, Instant kini) {
    Instant berikut =
        percobaanKe >= properti.email().maksPercobaan() ? null : kini.plus(jeda(percobaanKe));
    LOG.warn(
        "Email for notification {} not sent (attempt {}, next {}): {}",
        id,
        percobaanKe,
        berikut == null ? "none" : berikut,
        galat);
    try {
      catatan.gagal(id, galat, berikut);
    } catch (RuntimeException e) {
      LOG.warn("Email status of notification {} not kept: {}", id, e.getMessage());
    }
  }

  /** The wait after the n-th failed attempt: the first wait, doubled each time, capped. */
  Duration jeda(int percobaanKe) {
    Duration awal = properti.email().jedaAwal();
    Duration maks = properti.email().jedaMaks();
    int pangkat = Math.min(Math.max(percobaanKe - 1, 0), 30);
    Duration jeda = awal.multipliedBy(1L << pangkat);
    return jeda.compareTo(maks) > 0 ? maks : jeda;
  }

  private SimpleMailMessage pesan(Surel s) {
    String isi = teks.teks(s.jenis(), s.kodePesan(), s.argumen(), s.bahasa());
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(properti.email().dari());
    m.setTo(s.alamat());
    m.setSubject(teks.subjekSurel(s.jenis(), s.bahasa()));
    m.setText(teks.isiSurel(s.nama(), isi, properti.alamatSitus() + s.tautan(), s.bahasa()));
    return m;
  }

  @PreDestroy
  void tutup() {
    pelaksana.shutdown();
  }
}

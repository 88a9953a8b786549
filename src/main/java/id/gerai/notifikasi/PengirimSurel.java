package id.gerai.notifikasi;

import jakarta.annotation.PreDestroy;
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
 * request that caused them. Each notification keeps the outcome (TERKIRIM or GAGAL) of its email.
 * Mail is on only when {@code gerai.notifikasi.email.aktif} is true and {@code spring.mail.host} is
 * set (Spring Boot then provides the mail sender).
 */
@Component
class PengirimSurel {

  private static final Logger LOG = LoggerFactory.getLogger(PengirimSurel.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final NotifikasiProperties properti;
  private final TeksNotifikasi teks;
  private final CatatanNotifikasi catatan;
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
      CatatanNotifikasi catatan) {
    this.mail = mail;
    this.properti = properti;
    this.teks = teks;
    this.catatan = catatan;
  }

  boolean siap() {
    return properti.email().aktif() && mail.getIfAvailable() != null;
  }

  void kirimNanti(List<Surel> daftar) {
    if (!daftar.isEmpty()) {
      pelaksana.execute(() -> daftar.forEach(this::kirim));
    }
  }

  private void kirim(Surel s) {
    CatatanNotifikasi.StatusSurel status;
    try {
      mail.getObject().send(pesan(s));
      status = CatatanNotifikasi.StatusSurel.TERKIRIM;
    } catch (RuntimeException e) {
      LOG.warn("Email for notification {} not sent: {}", s.notifikasiId(), e.getMessage());
      status = CatatanNotifikasi.StatusSurel.GAGAL;
    }
    try {
      catatan.statusSurel(s.notifikasiId(), status);
    } catch (RuntimeException e) {
      LOG.warn("Email status of notification {} not kept: {}", s.notifikasiId(), e.getMessage());
    }
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

package id.gerai.notifikasi;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the emails that are due again: failed ones whose wait has passed, and waiting ones the
 * sending thread never got to (the application stopped first). Runs every minute when the periodic
 * jobs are on ({@code gerai.jadwal.aktif}); does nothing while mail is off, so emails wait in the
 * database until SMTP is configured. The greeting reads the account's current name; a disabled or
 * removed account gets no email, and the row gives up.
 */
@Component
class SurelUlang {

  private static final Logger LOG = LoggerFactory.getLogger(SurelUlang.class);

  /** Emails taken per run; the rest wait for the next minute. */
  static final int BATAS = 100;

  private final SurelCatatan catatan;
  private final PengirimSurel pengirim;
  private final NotifikasiProperties properti;
  private final AkunService akun;

  SurelUlang(
      SurelCatatan catatan,
      PengirimSurel pengirim,
      NotifikasiProperties properti,
      AkunService akun) {
    this.catatan = catatan;
    this.pengirim = pengirim;
    this.properti = properti;
    this.akun = akun;
  }

  @Scheduled(cron = "${gerai.notifikasi.email.ulang-cron:30 * * * * *}")
  void jadwal() {
    kirimUlang(Instant.now());
  }

  /** Sends what is due at {@code kini}; returns how many went out. */
  int kirimUlang(Instant kini) {
    if (!pengirim.siap()) {
      return 0;
    }
    int terkirim = 0;
    for (SurelCatatan.Tertunda t :
        catatan.jatuhTempo(kini, properti.email().maksPercobaan(), BATAS)) {
      try {
        terkirim += kirim(t, kini) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.warn(
            "Email of notification {} not retried: {}", t.surel().notifikasiId(), e.getMessage());
      }
    }
    return terkirim;
  }

  private boolean kirim(SurelCatatan.Tertunda t, Instant kini) {
    Optional<AkunRingkas> penerima = aktif(t.akunId());
    if (penerima.isEmpty()) {
      long id = t.surel().notifikasiId();
      if (catatan.klaim(id, t.percobaan(), kini, kini.plus(PengirimSurel.SEWA))) {
        catatan.gagal(id, "account disabled or removed", null);
      }
      return false;
    }
    Surel s = t.surel();
    Surel bernama =
        new Surel(
            s.notifikasiId(),
            s.alamat(),
            penerima.get().namaLengkap(),
            s.bahasa(),
            s.jenis(),
            s.kodePesan(),
            s.argumen(),
            s.tautan());
    return pengirim.kirim(bernama, t.percobaan(), kini);
  }

  private Optional<AkunRingkas> aktif(long akunId) {
    try {
      return Optional.ofNullable(akun.ambil(akunId)).filter(AkunRingkas::aktif);
    } catch (RuntimeException tidakAda) {
      return Optional.empty();
    }
  }
}

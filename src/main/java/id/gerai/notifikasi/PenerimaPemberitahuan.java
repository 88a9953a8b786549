package id.gerai.notifikasi;

import static id.gerai.notifikasi.Preferensi.BAWAAN;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.shared.Pemberitahuan;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hears {@link Pemberitahuan} once the sender's transaction has committed (never when it rolled
 * back; at once when it was published outside a transaction), stores one notification per recipient
 * in a transaction of its own, then hands the emails to {@link PengirimSurel}. Nothing here may
 * throw back into the sender: its change is already committed, so a failure is logged.
 */
@Component
class PenerimaPemberitahuan {

  private static final Logger LOG = LoggerFactory.getLogger(PenerimaPemberitahuan.class);

  private final CatatanNotifikasi catatan;
  private final CatatanPreferensi preferensi;
  private final PengirimSurel pengirim;
  private final AkunService akun;
  private final TransactionTemplate transaksiBaru;
  private final TransactionTemplate transaksiBaca;

  PenerimaPemberitahuan(
      CatatanNotifikasi catatan,
      CatatanPreferensi preferensi,
      PengirimSurel pengirim,
      AkunService akun,
      PlatformTransactionManager transaksi) {
    this.catatan = catatan;
    this.preferensi = preferensi;
    this.pengirim = pengirim;
    this.akun = akun;
    this.transaksiBaru = new TransactionTemplate(transaksi);
    this.transaksiBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaksiBaca = new TransactionTemplate(transaksi);
    this.transaksiBaca.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaksiBaca.setReadOnly(true);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void dengar(Pemberitahuan p) {
    try {
      List<Penerima> daftar =
          new LinkedHashSet<>(p.penerima()).stream().map(this::penerima).toList();
      List<Surel> surel = transaksiBaru.execute(status -> simpan(p, daftar));
      pengirim.kirimNanti(surel);
    } catch (RuntimeException e) {
      LOG.error("Notification {} to {} not stored", p.jenis(), p.penerima(), e);
    }
  }

  /** A recipient with the language to store and, when they are to be mailed, address and name. */
  private record Penerima(long akunId, String bahasa, String surel, String nama) {}

  private Penerima penerima(long akunId) {
    Preferensi pref = transaksiBaca.execute(s -> preferensi.ambil(akunId)).orElse(BAWAAN);
    Optional<AkunRingkas> akunAktif =
        pengirim.siap() && pref.mauSurel() ? aktif(akunId) : Optional.empty();
    return new Penerima(
        akunId,
        pref.bahasa(),
        akunAktif.map(a -> pref.surel()).orElse(null),
        akunAktif.map(AkunRingkas::namaLengkap).orElse(null));
  }

  private List<Surel> simpan(Pemberitahuan p, List<Penerima> daftar) {
    String kode = p.kodePesan() == null ? TeksNotifikasi.kodeBawaan(p.jenis()) : p.kodePesan();
    OffsetDateTime waktu = OffsetDateTime.now(ZoneOffset.UTC);
    List<Surel> surel = new ArrayList<>();
    for (Penerima r : daftar) {
      long id =
          catatan.tambah(
              r.akunId(), p, kode, r.bahasa(), r.surel(), waktu, pengirim.jatuhTempoAwal(waktu));
      if (r.surel() != null) {
        Locale bahasa = Locale.forLanguageTag(r.bahasa());
        surel.add(
            new Surel(id, r.surel(), r.nama(), bahasa, p.jenis(), kode, p.argumen(), p.tautan()));
      }
    }
    return surel;
  }

  /**
   * The account when it exists and may still sign in; a disabled account gets no email. Read in a
   * transaction of its own, so a missing account cannot mark the write transaction for rollback.
   */
  private Optional<AkunRingkas> aktif(long akunId) {
    try {
      return Optional.ofNullable(transaksiBaca.execute(s -> akun.ambil(akunId)))
          .filter(AkunRingkas::aktif);
    } catch (RuntimeException tidakAda) {
      return Optional.empty();
    }
  }
}

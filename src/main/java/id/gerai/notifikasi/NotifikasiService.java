package id.gerai.notifikasi;

import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.TautanWhatsApp;
import id.gerai.shared.TidakDitemukan;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: the list (newest first), the unread count, marking read, and their
 * delivery preferences. Every method takes the account id of the signed-in user, never one from the
 * request, so nobody reaches another's notifications; a foreign id answers not found.
 */
@Service
@Transactional
public class NotifikasiService {

  private final CatatanNotifikasi catatan;
  private final CatatanPreferensi preferensi;
  private final TeksNotifikasi teks;
  private final ApplicationEventPublisher events;

  NotifikasiService(
      CatatanNotifikasi catatan,
      CatatanPreferensi preferensi,
      TeksNotifikasi teks,
      ApplicationEventPublisher events) {
    this.catatan = catatan;
    this.preferensi = preferensi;
    this.teks = teks;
    this.events = events;
  }

  /** One page of the account's notifications, in the reader's language. */
  @Transactional(readOnly = true)
  public Halaman<NotifikasiTampil> daftar(long akunId, int nomor, Integer ukuran, Locale bahasa) {
    Halaman<CatatanNotifikasi.Baris> hal =
        catatan.halaman(akunId, Math.max(nomor, 0), Halaman.ukuranAman(ukuran));
    return new Halaman<>(
        hal.isi().stream().map(b -> tampil(b, bahasa)).toList(),
        hal.nomor(),
        hal.ukuran(),
        hal.total());
  }

  @Transactional(readOnly = true)
  public long belumDibaca(long akunId) {
    return catatan.belumDibaca(akunId);
  }

  /** Marks one read and gives back where it leads. */
  public String tandaiDibaca(long id, long akunId) {
    CatatanNotifikasi.Baris b =
        catatan
            .ambil(id, akunId)
            .orElseThrow(() -> new TidakDitemukan("notifikasi.tidak-ditemukan", id));
    catatan.tandaiDibaca(id, akunId, sekarang());
    return b.tautan();
  }

  public int tandaiSemuaDibaca(long akunId) {
    return catatan.tandaiSemuaDibaca(akunId, sekarang());
  }

  @Transactional(readOnly = true)
  public Preferensi preferensi(long akunId) {
    return preferensi.ambil(akunId).orElse(Preferensi.BAWAAN);
  }

  /** Saves the account's preferences; the change is kept in the trail, the address masked. */
  public void aturPreferensi(long akunId, Preferensi baru) {
    baru.periksa();
    Preferensi lama = preferensi(akunId);
    preferensi.simpan(akunId, baru);
    events.publishEvent(
        Jejak.diubah("notifikasi_preferensi", akunId, lama.rekaman(), baru.rekaman()));
  }

  private NotifikasiTampil tampil(CatatanNotifikasi.Baris b, Locale bahasa) {
    String wa =
        b.telepon() == null
            ? null
            : TautanWhatsApp.buat(
                b.telepon(), teks.pesanWhatsApp(b.jenis(), b.kodePesan(), b.argumen(), bahasa));
    return new NotifikasiTampil(
        b.id(),
        b.jenis(),
        teks.teks(b.jenis(), b.kodePesan(), b.argumen(), bahasa),
        b.tautan(),
        b.dibuatPada(),
        b.dibacaPada() != null,
        wa);
  }

  private static OffsetDateTime sekarang() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}

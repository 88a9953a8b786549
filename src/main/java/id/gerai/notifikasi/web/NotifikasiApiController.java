package id.gerai.notifikasi.web;

import id.gerai.akun.PenggunaGerai;
import id.gerai.notifikasi.NotifikasiService;
import id.gerai.notifikasi.NotifikasiTampil;
import id.gerai.notifikasi.Preferensi;
import id.gerai.shared.Halaman;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notifikasi}: the caller's own notifications, their unread count, marking read, and
 * the caller's delivery preferences.
 */
@RestController
class NotifikasiApiController {

  private final NotifikasiService notifikasi;

  NotifikasiApiController(NotifikasiService notifikasi) {
    this.notifikasi = notifikasi;
  }

  /** The unread count. */
  record Jumlah(long belumDibaca) {}

  @GetMapping("/api/v1/notifikasi")
  Halaman<NotifikasiTampil> daftar(
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      @AuthenticationPrincipal PenggunaGerai saya,
      Locale bahasa) {
    return notifikasi.daftar(saya.akunId(), halaman, ukuran, bahasa);
  }

  @GetMapping("/api/v1/notifikasi/jumlah")
  Jumlah jumlah(@AuthenticationPrincipal PenggunaGerai saya) {
    return new Jumlah(notifikasi.belumDibaca(saya.akunId()));
  }

  @PostMapping("/api/v1/notifikasi/{id}/dibaca")
  ResponseEntity<Void> dibaca(@PathVariable long id, @AuthenticationPrincipal PenggunaGerai saya) {
    notifikasi.tandaiDibaca(id, saya.akunId());
    return ResponseEntity.noContent().build();
  }

  /** The caller's delivery preferences: email address, whether to mail, email language. */
  @GetMapping("/api/v1/notifikasi/pengaturan")
  Preferensi pengaturan(@AuthenticationPrincipal PenggunaGerai saya) {
    return notifikasi.preferensi(saya.akunId());
  }

  @PutMapping("/api/v1/notifikasi/pengaturan")
  Preferensi aturPengaturan(
      @RequestBody Preferensi baru, @AuthenticationPrincipal PenggunaGerai saya) {
    notifikasi.aturPreferensi(saya.akunId(), baru);
    return notifikasi.preferensi(saya.akunId());
  }

  @PostMapping("/api/v1/notifikasi/dibaca")
  Jumlah semuaDibaca(@AuthenticationPrincipal PenggunaGerai saya) {
    notifikasi.tandaiSemuaDibaca(saya.akunId());
    return new Jumlah(0);
  }
}

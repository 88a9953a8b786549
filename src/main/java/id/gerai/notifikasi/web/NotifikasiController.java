package id.gerai.notifikasi.web;

import id.gerai.akun.PenggunaGerai;
import id.gerai.notifikasi.NotifikasiService;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's notifications: the list (an htmx page change gets only the results), the
 * unread badge the layout loads, opening one (marks it read and goes to its target), marking read.
 */
@Controller
class NotifikasiController {

  private static final String HALAMAN = "notifikasi/daftar";
  private static final String KE_DAFTAR = "redirect:/notifikasi";

  private final NotifikasiService notifikasi;

  NotifikasiController(NotifikasiService notifikasi) {
    this.notifikasi = notifikasi;
  }

  @GetMapping("/notifikasi")
  String daftar(
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @AuthenticationPrincipal PenggunaGerai saya,
      Locale bahasa,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", notifikasi.daftar(saya.akunId(), halaman, null, bahasa));
    model.addAttribute("belumDibaca", notifikasi.belumDibaca(saya.akunId()));
    return Htmx.view(request, HALAMAN, "hasil");
  }

  /** The badge: a fragment with the unread count, empty when there is none. */
  @GetMapping("/notifikasi/jumlah")
  String jumlah(@AuthenticationPrincipal PenggunaGerai saya, Model model) {
    model.addAttribute("jumlah", notifikasi.belumDibaca(saya.akunId()));
    return "notifikasi/jumlah :: jumlah";
  }

  @GetMapping("/notifikasi/{id}/buka")
  String buka(@PathVariable long id, @AuthenticationPrincipal PenggunaGerai saya) {
    return "redirect:" + notifikasi.tandaiDibaca(id, saya.akunId());
  }

  @PostMapping("/notifikasi/{id}/dibaca")
  String dibaca(
      @PathVariable long id, @AuthenticationPrincipal PenggunaGerai saya, RedirectAttributes ra) {
    notifikasi.tandaiDibaca(id, saya.akunId());
    return KE_DAFTAR;
  }

  @PostMapping("/notifikasi/dibaca")
  String semuaDibaca(@AuthenticationPrincipal PenggunaGerai saya, RedirectAttributes ra) {
    notifikasi.tandaiSemuaDibaca(saya.akunId());
    ra.addFlashAttribute("pesan", "notifikasi.semua-dibaca");
    return KE_DAFTAR;
  }
}

package id.gerai.notifikasi.web;

import id.gerai.akun.PenggunaGerai;
import id.gerai.notifikasi.NotifikasiService;
import id.gerai.shared.GalatBerpesan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own delivery preferences: email address, whether to mail, the email language. */
@Controller
class PreferensiController {

  private static final String HALAMAN = "notifikasi/pengaturan";

  private final NotifikasiService notifikasi;

  PreferensiController(NotifikasiService notifikasi) {
    this.notifikasi = notifikasi;
  }

  @GetMapping("/notifikasi/pengaturan")
  String tampil(@AuthenticationPrincipal PenggunaGerai saya, Model model) {
    model.addAttribute("form", PreferensiForm.dari(notifikasi.preferensi(saya.akunId())));
    return HALAMAN;
  }

  @PostMapping("/notifikasi/pengaturan")
  String simpan(
      @ModelAttribute("form") PreferensiForm form,
      BindingResult hasil,
      @AuthenticationPrincipal PenggunaGerai saya,
      RedirectAttributes ra) {
    try {
      notifikasi.aturPreferensi(saya.akunId(), form.preferensi());
    } catch (GalatBerpesan e) {
      hasil.rejectValue("surel", e.kodePesan(), e.argumen(), e.kodePesan());
      return HALAMAN;
    }
    ra.addFlashAttribute("pesan", "notifikasi.pengaturan.tersimpan");
    return "redirect:/notifikasi/pengaturan";
  }
}

package id.gerai.akun.web;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.akun.PenggunaGerai;
import id.gerai.shared.GalatBerpesan;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a Dinkop admin does to one account in their scope: disable, enable, reset the password
 * (shown once), change role and scope. Each ends the account's open sessions where it matters.
 */
@Controller
@RequestMapping("/admin/akun/{id}")
@PreAuthorize("hasRole('ADMIN_DINAS')")
class AkunAdminAksiController {

  private static final String BERHASIL = "berhasil";

  private final AkunService akun;
  private final ModelAkun isi;

  AkunAdminAksiController(AkunService akun, ModelAkun isi) {
    this.akun = akun;
    this.isi = isi;
  }

  @PostMapping("/nonaktifkan")
  String nonaktifkan(
      @PathVariable long id, @AuthenticationPrincipal PenggunaGerai oleh, RedirectAttributes ra) {
    akun.nonaktifkan(id, oleh);
    ra.addFlashAttribute(BERHASIL, "akun.berhasil.nonaktif");
    return "redirect:/admin/akun/" + id;
  }

  @PostMapping("/aktifkan")
  String aktifkan(
      @PathVariable long id, @AuthenticationPrincipal PenggunaGerai oleh, RedirectAttributes ra) {
    akun.aktifkan(id, oleh);
    ra.addFlashAttribute(BERHASIL, "akun.berhasil.aktif");
    return "redirect:/admin/akun/" + id;
  }

  /** The new password goes straight into this answer, never into a redirect or the session. */
  @PostMapping("/atur-ulang-sandi")
  String aturUlangSandi(
      @PathVariable long id, @AuthenticationPrincipal PenggunaGerai oleh, Model model) {
    model.addAttribute("sandi", akun.aturUlangSandi(id, oleh));
    model.addAttribute("akun", akun.ambil(id, oleh.cakupan()));
    return "akun/sandi-baru";
  }

  @PostMapping("/peran")
  String tetapkanPeran(
      @PathVariable long id,
      @Valid @ModelAttribute("peranForm") PeranForm form,
      BindingResult hasil,
      @AuthenticationPrincipal PenggunaGerai oleh,
      Model model,
      RedirectAttributes ra) {
    AkunRingkas a = akun.ambil(id, oleh.cakupan());
    if (!hasil.hasErrors()) {
      try {
        akun.tetapkanPeran(
            id,
            form.getPeran(),
            form.getCakupanJenis(),
            form.kodeDipilih(),
            form.getCakupanGerai(),
            oleh);
        ra.addFlashAttribute(BERHASIL, "akun.berhasil.peran");
        return "redirect:/admin/akun/" + id;
      } catch (GalatBerpesan e) {
        GalatIsian.tolak(hasil, e, form.getCakupanJenis());
      }
    }
    isi.tampil(model, a, oleh);
    return "akun/tampil";
  }
}

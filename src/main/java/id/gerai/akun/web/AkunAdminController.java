package id.gerai.akun.web;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.akun.SaringAkun;
import id.gerai.shared.Cakupan;
import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Dinkop admin's account pages: the list, a new account, one account. */
@Controller
@RequestMapping("/admin/akun")
@PreAuthorize("hasRole('ADMIN_DINAS')")
class AkunAdminController {

  private static final int UKURAN = 20;

  private final AkunService akun;
  private final ModelAkun isi;

  AkunAdminController(AkunService akun, ModelAkun isi) {
    this.akun = akun;
    this.isi = isi;
  }

  @GetMapping
  String daftar(
      @RequestParam(required = false) Peran peran,
      @RequestParam(required = false) Boolean aktif,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int halaman,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    SaringAkun saring = new SaringAkun(peran, aktif, q);
    model.addAttribute("saring", saring);
    model.addAttribute("semuaPeran", Peran.values());
    model.addAttribute("halaman", akun.daftar(saring, cakupan, halaman, UKURAN));
    return Htmx.view(request, "akun/daftar", "hasil");
  }

  @GetMapping("/baru")
  String baru(Cakupan cakupan, Model model) {
    model.addAttribute("akunForm", new AkunForm());
    isi.pilihan(model, cakupan);
    return "akun/baru";
  }

  /** Creates the account and shows its password once; a refusal goes back to the form. */
  @PostMapping("/baru")
  String buat(
      @Valid @ModelAttribute("akunForm") AkunForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Model model) {
    if (!hasil.hasErrors()) {
      try {
        model.addAttribute("baru", akun.buat(form.keBuatAkun(), cakupan));
        return "akun/dibuat";
      } catch (GalatBerpesan e) {
        GalatIsian.tolak(hasil, e, form.getCakupanJenis());
      }
    }
    isi.pilihan(model, cakupan);
    return "akun/baru";
  }

  @GetMapping("/{id}")
  String tampil(@PathVariable long id, @AuthenticationPrincipal PenggunaGerai oleh, Model model) {
    AkunRingkas a = akun.ambil(id, oleh.cakupan());
    model.addAttribute("peranForm", PeranForm.dari(a));
    isi.tampil(model, a, oleh);
    return "akun/tampil";
  }
}

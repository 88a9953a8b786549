package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.TonggakJenis;
import id.gerai.umkm.TonggakService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A business's milestones page: the list with verified state, the record form, verifying one. */
@Controller
class TonggakController {

  private static final String HALAMAN = "umkm/tonggak";

  private final TonggakService tonggak;

  TonggakController(TonggakService tonggak) {
    this.tonggak = tonggak;
  }

  @GetMapping("/umkm/{id}/tonggak")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("tonggakForm", new TonggakForm());
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/tonggak")
  String catat(
      @PathVariable long id,
      @ModelAttribute("tonggakForm") TonggakForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (!hasil.hasErrors()) {
      try {
        tonggak.catat(id, form.perintah(), cakupan, auth.getName());
        flash.addFlashAttribute("pesan", "umkm.tonggak.tercatat");
        return "redirect:/umkm/" + id + "/tonggak";
      } catch (MasukanTidakSah e) {
        BinaanForm.tolak(e, hasil);
      }
    }
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/tonggak/{tonggakId}/verifikasi")
  String verifikasi(
      @PathVariable long id,
      @PathVariable long tonggakId,
      Cakupan cakupan,
      Authentication auth,
      RedirectAttributes flash) {
    tonggak.verifikasi(id, tonggakId, cakupan, auth.getName());
    flash.addFlashAttribute("pesan", "umkm.tonggak.diverifikasi");
    return "redirect:/umkm/" + id + "/tonggak";
  }

  private String halaman(long id, Cakupan cakupan, Model model) {
    model.addAttribute("namaUsaha", tonggak.namaUsaha(id, cakupan));
    model.addAttribute("usahaId", id);
    model.addAttribute("daftar", tonggak.daftar(id, cakupan));
    model.addAttribute("semuaJenis", TonggakJenis.values());
    return HALAMAN;
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.BinaanService;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A business's binaan page: current and past enrolments, the enrol form, ending one. */
@Controller
class BinaanController {

  private static final String HALAMAN = "umkm/binaan";

  private final BinaanService binaan;

  BinaanController(BinaanService binaan) {
    this.binaan = binaan;
  }

  @GetMapping("/umkm/{id}/binaan")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("binaanForm", new BinaanForm());
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/binaan")
  String daftarkan(
      @PathVariable long id,
      @ModelAttribute("binaanForm") BinaanForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (!hasil.hasErrors()) {
      try {
        binaan.daftarkan(id, form.perintah(), cakupan, auth.getName());
        flash.addFlashAttribute("pesan", "umkm.binaan.tercatat");
        return "redirect:/umkm/" + id + "/binaan";
      } catch (MasukanTidakSah e) {
        BinaanForm.tolak(e, hasil);
      }
    }
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/binaan/{binaanId}/akhiri")
  String akhiri(
      @PathVariable long id,
      @PathVariable long binaanId,
      @RequestParam(name = "tanggal") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      Cakupan cakupan,
      RedirectAttributes flash) {
    binaan.akhiri(id, binaanId, tanggal, cakupan);
    flash.addFlashAttribute("pesan", "umkm.binaan.diakhiri");
    return "redirect:/umkm/" + id + "/binaan";
  }

  private String halaman(long id, Cakupan cakupan, Model model) {
    model.addAttribute("daftar", binaan.daftar(id, cakupan));
    return HALAMAN;
  }
}

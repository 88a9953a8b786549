package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.AngkaTahunan;
import id.gerai.umkm.AngkaTahunanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A business's class page: its figures and classes by year, the class changes, a chart, and for
 * those who may record, the form to add a year's figures.
 */
@Controller
@RequestMapping("/umkm/{id}/kelas")
class KelasController {

  private static final String HALAMAN = "umkm/kelas";

  private final AngkaTahunanService angka;

  KelasController(AngkaTahunanService angka) {
    this.angka = angka;
  }

  @GetMapping
  String tampil(@PathVariable long id, Cakupan cakupan, Authentication auth, Model model) {
    model.addAttribute("form", new KelasForm());
    return halaman(id, cakupan, auth, model);
  }

  @PostMapping
  @PreAuthorize(AngkaTahunanService.BOLEH_CATAT)
  String catat(
      @PathVariable long id,
      @ModelAttribute("form") KelasForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    form.periksa(hasil);
    if (!hasil.hasErrors()) {
      try {
        angka.catat(id, form.perintah(), cakupan, KelasWeb.pencatat(auth));
        flash.addFlashAttribute("pesan", "umkm.kelas.tercatat");
        return "redirect:/umkm/" + id + "/kelas";
      } catch (MasukanTidakSah e) {
        if (e.kodePesan().startsWith("umkm.kelas.tahun.")) {
          hasil.rejectValue("tahun", e.kodePesan(), e.argumen(), null);
        } else {
          hasil.reject(e.kodePesan(), e.argumen(), null);
        }
      }
    }
    return halaman(id, cakupan, auth, model);
  }

  private String halaman(long id, Cakupan cakupan, Authentication auth, Model model) {
    model.addAttribute("riwayat", angka.riwayat(id, cakupan));
    model.addAttribute("bolehCatat", KelasWeb.bolehCatat(auth));
    model.addAttribute("petugas", KelasWeb.petugas(auth));
    model.addAttribute(
        "daftarSumber",
        new AngkaTahunan.Sumber[] {AngkaTahunan.Sumber.TERVERIFIKASI, AngkaTahunan.Sumber.LAPORAN});
    return HALAMAN;
  }
}

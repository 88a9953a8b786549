package id.gerai.koperasi.web;

import id.gerai.koperasi.CatatRat;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.MasalahRat;
import id.gerai.koperasi.NotulenRatService;
import id.gerai.koperasi.RatService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * RAT pages: one cooperative's meetings with the entry form, its verification, and the compliance
 * list (late, overdue, two years without a RAT) of the cooperatives in scope.
 */
@Controller
class RatController {

  private final KoperasiService koperasi;
  private final RatService rat;

  RatController(KoperasiService koperasi, RatService rat) {
    this.koperasi = koperasi;
    this.rat = rat;
  }

  @GetMapping("/koperasi/{id}/rat")
  String rat(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("catat", new CatatRat(rat.hariIni().getYear() - 1, null, null, null, null));
    return halaman(id, cakupan, model);
  }

  @PostMapping("/koperasi/{id}/rat")
  String catat(
      @PathVariable long id,
      @Valid @ModelAttribute("catat") CatatRat c,
      BindingResult hasil,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    if (!hasil.hasErrors()) {
      try {
        rat.catat(id, c, cakupan);
        redirect.addFlashAttribute("pesan", "koperasi.rat.pesan.dicatat");
        return "redirect:/koperasi/" + id + "/rat";
      } catch (BidangDitolak e) {
        KoperasiFormController.tolak(hasil, e);
      }
    }
    return halaman(id, cakupan, model);
  }

  @PostMapping("/koperasi/{id}/rat/{tahun}/verifikasi")
  String verifikasi(
      @PathVariable long id,
      @PathVariable int tahun,
      Cakupan cakupan,
      RedirectAttributes redirect) {
    rat.verifikasi(id, tahun, cakupan);
    redirect.addFlashAttribute("pesan", "koperasi.rat.pesan.diverifikasi");
    return "redirect:/koperasi/" + id + "/rat";
  }

  @GetMapping("/koperasi/rat")
  String kepatuhan(
      @RequestParam(required = false) Integer tahun,
      @RequestParam(required = false) MasalahRat masalah,
      @RequestParam(required = false) Integer halaman,
      @RequestParam(required = false) Integer ukuran,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", rat.kepatuhan(tahun, masalah, cakupan, halaman, ukuran));
    model.addAttribute("tahun", tahun == null ? rat.hariIni().getYear() - 1 : tahun);
    model.addAttribute("masalah", masalah);
    model.addAttribute("semuaMasalah", MasalahRat.values());
    int nomor = halaman == null ? 0 : halaman;
    model.addAttribute("sebelumnya", uri(tahun, masalah, ukuran, nomor - 1));
    model.addAttribute("berikutnya", uri(tahun, masalah, ukuran, nomor + 1));
    return Htmx.view(request, "koperasi/rat-kepatuhan", "hasil");
  }

  private String halaman(long id, Cakupan cakupan, Model model) {
    model.addAttribute("k", koperasi.ambil(id, cakupan));
    model.addAttribute("rat", rat.daftar(id, cakupan));
    model.addAttribute("aturanNotulen", NotulenRatService.ATURAN);
    return "koperasi/rat";
  }

  private static String uri(Integer tahun, MasalahRat masalah, Integer ukuran, int nomor) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/koperasi/rat");
    if (ukuran != null) {
      b.queryParam("ukuran", ukuran);
    }
    if (tahun != null) {
      b.queryParam("tahun", tahun);
    }
    if (masalah != null) {
      b.queryParam("masalah", masalah.name());
    }
    return b.queryParam("halaman", Math.max(0, nomor)).build().toUriString();
  }
}

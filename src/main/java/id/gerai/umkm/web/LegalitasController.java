package id.gerai.umkm.web;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.web.Htmx;
import id.gerai.umkm.LegalitasJenis;
import id.gerai.umkm.LegalitasService;
import id.gerai.umkm.LegalitasTercatat;
import id.gerai.umkm.TanggaService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * A business's permits page (permits with their expiry state, the record form, the ladder) and the
 * list of permits expiring within the caller's scope, paged with htmx.
 */
@Controller
class LegalitasController {

  private static final String HALAMAN = "umkm/legalitas";
  private static final String KEDALUWARSA = "umkm/legalitas-kedaluwarsa";

  private final LegalitasService legalitas;
  private final TanggaService tangga;

  LegalitasController(LegalitasService legalitas, TanggaService tangga) {
    this.legalitas = legalitas;
    this.tangga = tangga;
  }

  @GetMapping("/umkm/{id}/legalitas")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("legalitasForm", new LegalitasForm());
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/legalitas")
  @PreAuthorize(LegalitasWeb.PENCATAT)
  String catat(
      @PathVariable long id,
      @ModelAttribute("legalitasForm") LegalitasForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (!hasil.hasErrors()) {
      try {
        LegalitasTercatat t = legalitas.catat(id, form.perintah(), cakupan, auth.getName());
        flash.addFlashAttribute("pesan", "umkm.legalitas.tercatat");
        flash.addFlashAttribute("peringatan", t.peringatan());
        return "redirect:/umkm/" + id + "/legalitas";
      } catch (BidangDitolak e) {
        e.galat().forEach((field, kode) -> hasil.rejectValue(field, kode));
      }
    }
    return halaman(id, cakupan, model);
  }

  @PostMapping("/umkm/{id}/legalitas/{legalitasId}/akhiri")
  @PreAuthorize(LegalitasWeb.PENCATAT)
  String akhiri(
      @PathVariable long id,
      @PathVariable long legalitasId,
      @RequestParam(name = "tanggal") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      Cakupan cakupan,
      RedirectAttributes flash) {
    legalitas.akhiri(id, legalitasId, tanggal, cakupan);
    flash.addFlashAttribute("pesan", "umkm.legalitas.diakhiri");
    return "redirect:/umkm/" + id + "/legalitas";
  }

  @GetMapping("/umkm/legalitas/kedaluwarsa")
  String kedaluwarsa(
      @RequestParam(name = "hari", required = false) Integer hari,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", legalitas.akanKedaluwarsa(cakupan, hari, halaman, ukuran));
    model.addAttribute("hari", hari == null ? legalitas.hariBawaan() : hari);
    return Htmx.view(request, KEDALUWARSA, "hasil");
  }

  private String halaman(long id, Cakupan cakupan, Model model) {
    model.addAttribute("tangga", tangga.untuk(id, cakupan));
    model.addAttribute("daftar", legalitas.daftar(id, cakupan));
    model.addAttribute("semuaJenis", LegalitasJenis.values());
    return HALAMAN;
  }
}

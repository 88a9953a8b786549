package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.web.Htmx;
import id.gerai.umkm.DuplikatService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Likely duplicate pairs (staff), a business's candidates, and merging two businesses. */
@Controller
class DuplikatController {

  private final DuplikatService duplikat;

  DuplikatController(DuplikatService duplikat) {
    this.duplikat = duplikat;
  }

  @GetMapping("/umkm/duplikat")
  String pasangan(
      @RequestParam(defaultValue = "0") int halaman,
      @RequestParam(required = false) Integer ukuran,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", duplikat.pasangan(cakupan, halaman, ukuran));
    return Htmx.view(request, "umkm/duplikat", "hasil");
  }

  @GetMapping("/umkm/{id}/duplikat")
  String calon(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("usahaId", id);
    model.addAttribute("daftar", duplikat.calon(id, cakupan));
    return "umkm/duplikat-usaha";
  }

  /** Merge this business and {@code lainId}: {@code tetapId} (one of the two) is kept. */
  @PostMapping("/umkm/{id}/gabung")
  String gabung(
      @PathVariable long id,
      @RequestParam long lainId,
      @RequestParam(required = false) Long tetapId,
      @RequestParam(defaultValue = "false") boolean yakin,
      Cakupan cakupan,
      RedirectAttributes flash) {
    if (!yakin || tetapId == null || (tetapId != id && tetapId != lainId)) {
      throw new MasukanTidakSah("umkm.duplikat.galat.pilih");
    }
    long hapusId = tetapId == id ? lainId : id;
    duplikat.gabungkan(tetapId, hapusId, cakupan);
    flash.addFlashAttribute("pesan", "umkm.duplikat.digabung");
    return "redirect:/umkm/" + tetapId + "/duplikat";
  }
}

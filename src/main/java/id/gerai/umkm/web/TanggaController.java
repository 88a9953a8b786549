package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.TanggaPenanda;
import id.gerai.umkm.TanggaService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ladder's checkboxes on the permits page: keeps books, has formal credit. */
@Controller
class TanggaController {

  private final TanggaService tangga;

  TanggaController(TanggaService tangga) {
    this.tangga = tangga;
  }

  @PostMapping("/umkm/{id}/tangga")
  @PreAuthorize(LegalitasWeb.PENCATAT)
  String atur(
      @PathVariable long id,
      @RequestParam(name = "pembukuan", defaultValue = "false") boolean pembukuan,
      @RequestParam(name = "pembiayaanFormal", defaultValue = "false") boolean pembiayaanFormal,
      Cakupan cakupan,
      RedirectAttributes flash) {
    tangga.aturPenanda(id, new TanggaPenanda(pembukuan, pembiayaanFormal), cakupan);
    flash.addFlashAttribute("pesan", "umkm.tangga.disimpan");
    return "redirect:/umkm/" + id + "/legalitas";
  }
}

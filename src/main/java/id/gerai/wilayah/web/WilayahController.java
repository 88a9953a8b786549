package id.gerai.wilayah.web;

import id.gerai.shared.web.Htmx;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages to browse the area tree from the home area down, and to search it by name. */
@Controller
class WilayahController {

  private final WilayahService wilayah;

  WilayahController(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  @GetMapping("/wilayah")
  String rumah(Model model) {
    return tampilkan(wilayah.kodeRumah(), model);
  }

  @GetMapping("/wilayah/{kode}")
  String tampilkan(@PathVariable String kode, Model model) {
    Wilayah w = wilayah.ambil(kode);
    model.addAttribute("wilayah", w);
    model.addAttribute("rantai", wilayah.rantai(w.kode()));
    model.addAttribute("anak", wilayah.anak(w.kode()));
    return "wilayah/tampil";
  }

  @GetMapping("/wilayah/cari")
  String cari(
      @RequestParam(name = "q", defaultValue = "") String q,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("hasil", wilayah.cariNama(q, wilayah.kodeRumah(), 50));
    return Htmx.view(request, "wilayah/cari", "hasil");
  }
}

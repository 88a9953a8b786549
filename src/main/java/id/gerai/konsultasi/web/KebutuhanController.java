package id.gerai.konsultasi.web;

import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.KebutuhanService;
import id.gerai.konsultasi.SaringanSinyal;
import id.gerai.shared.Cakupan;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The needs signal as a table: problems per month, category and area or gerai, in scope. */
@Controller
class KebutuhanController {

  private final KebutuhanService kebutuhan;

  KebutuhanController(KebutuhanService kebutuhan) {
    this.kebutuhan = kebutuhan;
  }

  @GetMapping("/konsultasi/kebutuhan")
  String tabel(
      @RequestParam(name = "kecamatan", required = false) String kecamatan,
      @RequestParam(name = "kelurahan", required = false) String kelurahan,
      @RequestParam(name = "gerai", required = false) Long gerai,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "dari", required = false) String dari,
      @RequestParam(name = "sampai", required = false) String sampai,
      @RequestParam(name = "kelompok", required = false) SaringanSinyal.Kelompok kelompok,
      Cakupan cakupan,
      HttpServletRequest req,
      Model model) {
    SaringanSinyal s =
        new SaringanSinyal(kecamatan, kelurahan, gerai, kategori, dari, sampai, kelompok);
    model.addAttribute("f", s);
    model.addAttribute("baris", kebutuhan.sinyal(s, cakupan));
    model.addAttribute("semuaKategori", KategoriMasalah.values());
    model.addAttribute("semuaKelompok", SaringanSinyal.Kelompok.values());
    return Htmx.view(req, "konsultasi/kebutuhan", "hasil");
  }
}

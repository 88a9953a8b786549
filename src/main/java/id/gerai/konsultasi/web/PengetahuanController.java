package id.gerai.konsultasi.web;

import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.PengetahuanService;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Know-how: solved cases without personal data, for anyone signed in. */
@Controller
class PengetahuanController {

  private final PengetahuanService pengetahuan;

  PengetahuanController(PengetahuanService pengetahuan) {
    this.pengetahuan = pengetahuan;
  }

  @GetMapping("/konsultasi/pengetahuan")
  String cari(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "halaman", required = false) Integer halaman,
      HttpServletRequest req,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("kategori", kategori);
    model.addAttribute("hal", pengetahuan.cari(q, kategori, halaman, null));
    model.addAttribute("semuaKategori", KategoriMasalah.values());
    model.addAttribute("sebelumnya", uri(q, kategori, halaman == null ? -1 : halaman - 1));
    model.addAttribute("berikutnya", uri(q, kategori, halaman == null ? 1 : halaman + 1));
    return Htmx.view(req, "konsultasi/pengetahuan", "hasil");
  }

  private static String uri(String q, KategoriMasalah kategori, int halaman) {
    return UriComponentsBuilder.fromPath("/konsultasi/pengetahuan")
        .queryParamIfPresent("q", java.util.Optional.ofNullable(q))
        .queryParamIfPresent("kategori", java.util.Optional.ofNullable(kategori))
        .queryParam("halaman", Math.max(0, halaman))
        .build()
        .toUriString();
  }
}

package id.gerai.konsultasi.web;

import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.PeranTujuan;
import id.gerai.konsultasi.RuteBaru;
import id.gerai.konsultasi.RuteService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routing table's page for Dinkop staff: its rows, adding one, removing one. */
@Controller
@PreAuthorize(RuteService.PENGATUR)
class RuteController {

  private final RuteService rute;
  private final MessageSource pesan;

  RuteController(RuteService rute, MessageSource pesan) {
    this.rute = rute;
    this.pesan = pesan;
  }

  @GetMapping("/konsultasi/rute")
  String daftar(Model model) {
    model.addAttribute("rute", rute.daftar());
    model.addAttribute("semuaKategori", KategoriMasalah.values());
    model.addAttribute("semuaPeran", PeranTujuan.values());
    return "konsultasi/rute";
  }

  @PostMapping("/konsultasi/rute")
  String tambah(
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "prefiksWilayah", required = false) String prefiks,
      @RequestParam(name = "akunId", required = false) Long akunId,
      @RequestParam(name = "peran", required = false) PeranTujuan peran,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      rute.tambah(new RuteBaru(kategori, prefiks, akunId, peran), cakupan);
      flash.addFlashAttribute("pesan", "konsultasi.rute.ditambah");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute(
          "galat",
          pesan.getMessage(
              e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale()));
    }
    return "redirect:/konsultasi/rute";
  }

  @PostMapping("/konsultasi/rute/{id}/hapus")
  String hapus(@PathVariable long id, RedirectAttributes flash) {
    rute.hapus(id);
    flash.addFlashAttribute("pesan", "konsultasi.rute.dihapus");
    return "redirect:/konsultasi/rute";
  }
}

package id.gerai.konsultasi.web;

import id.gerai.konsultasi.SesiBaru;
import id.gerai.konsultasi.SesiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A business's mentoring sessions (not tied to a case): the list and logging one. */
@Controller
class SesiController {

  private final SesiService sesi;
  private final MessageSource pesan;

  SesiController(SesiService sesi, MessageSource pesan) {
    this.sesi = sesi;
    this.pesan = pesan;
  }

  @GetMapping("/konsultasi/sesi/usaha/{usahaId}")
  String daftar(@PathVariable long usahaId, Cakupan cakupan, Model model) {
    model.addAttribute("usahaId", usahaId);
    model.addAttribute("sesi", sesi.untukUsaha(usahaId, cakupan));
    return "konsultasi/sesi-usaha";
  }

  @PostMapping("/konsultasi/sesi/usaha/{usahaId}")
  String catat(
      @PathVariable long usahaId,
      @RequestParam(name = "tanggal", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      @RequestParam(name = "durasiMenit", required = false) Integer durasi,
      @RequestParam(name = "topik", required = false) String topik,
      @RequestParam(name = "catatan", required = false) String catatan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      sesi.catatPadaUsaha(usahaId, new SesiBaru(tanggal, durasi, topik, catatan), cakupan);
      flash.addFlashAttribute("pesan", "konsultasi.halaman.sesi-dicatat");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute(
          "galat",
          pesan.getMessage(
              e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale()));
    }
    return "redirect:/konsultasi/sesi/usaha/" + usahaId;
  }
}

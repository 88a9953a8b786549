package id.gerai.koperasi.web;

import id.gerai.koperasi.NotulenRatService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.web.JawabanBerkas;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The RAT minutes on the RAT page: upload (a refusal shows on the page) and download. */
@Controller
class NotulenRatController {

  private final NotulenRatService notulen;
  private final MessageSource pesan;

  NotulenRatController(NotulenRatService notulen, MessageSource pesan) {
    this.notulen = notulen;
    this.pesan = pesan;
  }

  /** The page's form names the fiscal year as a field, so one form serves every year. */
  @PostMapping("/koperasi/{id}/rat/notulen")
  String unggah(
      @PathVariable long id,
      @RequestParam int tahun,
      @RequestParam(name = "berkas", required = false) MultipartFile berkas,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      notulen.unggah(id, tahun, unggahan(berkas), cakupan);
      flash.addFlashAttribute("pesan", "koperasi.rat.notulen.diunggah");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute(
          "galat",
          pesan.getMessage(
              e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale()));
    }
    return "redirect:/koperasi/" + id + "/rat";
  }

  @GetMapping("/koperasi/{id}/rat/{tahun}/notulen")
  ResponseEntity<Resource> unduh(@PathVariable long id, @PathVariable int tahun, Cakupan cakupan) {
    return JawabanBerkas.lampiran(notulen.buka(id, tahun, cakupan));
  }

  /** Null when no file was chosen (the store then asks for one). */
  static BerkasUnggahan unggahan(MultipartFile file) {
    if (file == null
        || (file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      return null;
    }
    return new BerkasUnggahan(file.getOriginalFilename(), file.getSize(), file);
  }
}

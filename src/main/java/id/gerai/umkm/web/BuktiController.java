package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.web.Htmx;
import id.gerai.shared.web.JawabanBerkas;
import id.gerai.umkm.BuktiBaru;
import id.gerai.umkm.BuktiJenis;
import id.gerai.umkm.BuktiService;
import id.gerai.umkm.LegalitasService;
import id.gerai.umkm.TonggakService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A business's evidence page (also the htmx section of the business page): the list, the upload
 * form, opening, verifying and removing one. A refused file re-shows the page with a 400 and the
 * reason in the user's language.
 */
@Controller
class BuktiController {

  private static final String HALAMAN = "umkm/bukti";

  private final BuktiService bukti;
  private final TonggakService tonggak;
  private final LegalitasService legalitas;

  BuktiController(BuktiService bukti, TonggakService tonggak, LegalitasService legalitas) {
    this.bukti = bukti;
    this.tonggak = tonggak;
    this.legalitas = legalitas;
  }

  @GetMapping("/umkm/{id}/bukti")
  String tampil(
      @PathVariable long id,
      @RequestParam(name = "legalitas", required = false) Long legalitasId,
      @RequestParam(name = "tonggak", required = false) Long tonggakId,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    halaman(id, legalitasId, tonggakId, cakupan, model);
    return Htmx.view(request, HALAMAN, "bagian");
  }

  @PostMapping("/umkm/{id}/bukti")
  String unggah(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "jenis", required = false) BuktiJenis jenis,
      @RequestParam(name = "legalitasId", required = false) Long legalitasId,
      @RequestParam(name = "tonggakId", required = false) Long tonggakId,
      @RequestParam(name = "keterangan", required = false) String keterangan,
      Cakupan cakupan,
      HttpServletResponse response,
      Model model,
      RedirectAttributes flash) {
    BuktiBaru baru = new BuktiBaru(jenis, legalitasId, tonggakId, keterangan);
    try {
      bukti.unggah(id, baru, BuktiWeb.unggahan(file), cakupan);
    } catch (MasukanTidakSah e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("galatKode", e.kodePesan());
      model.addAttribute("galatArgumen", e.argumen());
      model.addAttribute("isian", baru);
      halaman(
          id,
          filter(jenis, legalitasId, BuktiJenis.LEGALITAS),
          filter(jenis, tonggakId, BuktiJenis.TONGGAK),
          cakupan,
          model);
      return HALAMAN;
    }
    flash.addFlashAttribute("pesan", "umkm.bukti.terunggah");
    return "redirect:/umkm/" + id + "/bukti";
  }

  @GetMapping("/umkm/bukti/{buktiId}/berkas")
  ResponseEntity<Resource> buka(
      @PathVariable long buktiId,
      @RequestParam(name = "lihat", defaultValue = "false") boolean lihat,
      Cakupan cakupan) {
    var berkas = bukti.buka(buktiId, cakupan);
    return lihat ? JawabanBerkas.pratinjau(berkas) : JawabanBerkas.lampiran(berkas);
  }

  @PostMapping("/umkm/{id}/bukti/{buktiId}/verifikasi")
  String verifikasi(
      @PathVariable long id,
      @PathVariable long buktiId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    bukti.verifikasi(buktiId, cakupan);
    flash.addFlashAttribute("pesan", "umkm.bukti.diverifikasi");
    return "redirect:/umkm/" + id + "/bukti";
  }

  @PostMapping("/umkm/{id}/bukti/{buktiId}/hapus")
  String hapus(
      @PathVariable long id,
      @PathVariable long buktiId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    bukti.hapus(buktiId, cakupan);
    flash.addFlashAttribute("pesan", "umkm.bukti.dihapus");
    return "redirect:/umkm/" + id + "/bukti";
  }

  private void halaman(long id, Long legalitasId, Long tonggakId, Cakupan cakupan, Model model) {
    model.addAttribute("daftar", bukti.daftar(id, legalitasId, tonggakId, cakupan));
    model.addAttribute("namaUsaha", tonggak.namaUsaha(id, cakupan));
    model.addAttribute("usahaId", id);
    model.addAttribute("legalitasId", legalitasId);
    model.addAttribute("tonggakId", tonggakId);
    model.addAttribute("semuaJenis", BuktiJenis.values());
    model.addAttribute("semuaLegalitas", legalitas.daftar(id, cakupan));
    model.addAttribute("semuaTonggak", tonggak.daftar(id, cakupan));
    model.addAttribute("aturan", bukti.aturan(BuktiJenis.LAINNYA));
  }

  private static Long filter(BuktiJenis jenis, Long id, BuktiJenis untuk) {
    return jenis == untuk ? id : null;
  }
}

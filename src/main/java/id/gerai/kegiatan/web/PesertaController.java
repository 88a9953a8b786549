package id.gerai.kegiatan.web;

import id.gerai.kegiatan.KegiatanService;
import id.gerai.kegiatan.Kehadiran;
import id.gerai.kegiatan.KodeQr;
import id.gerai.kegiatan.PesertaBaru;
import id.gerai.kegiatan.PesertaPeran;
import id.gerai.kegiatan.PesertaRingkas;
import id.gerai.kegiatan.PesertaService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration (with the QR code it shows), cancellation, and the check-in page for a phone: a code
 * field that a scanner app can fill, the in-page camera scanner (htmx), and a name search with a
 * check-in button per person.
 */
@Controller
class PesertaController {

  private final KegiatanService kegiatan;
  private final PesertaService peserta;
  private final MessageSource pesan;

  PesertaController(KegiatanService kegiatan, PesertaService peserta, MessageSource pesan) {
    this.kegiatan = kegiatan;
    this.peserta = peserta;
    this.pesan = pesan;
  }

  @PostMapping("/kegiatan/{id}/peserta")
  String daftarkan(
      @PathVariable long id,
      @RequestParam(required = false) PesertaPeran peran,
      @RequestParam(required = false) Long usahaId,
      @RequestParam(required = false) Long koperasiId,
      @RequestParam(required = false) String nama,
      @RequestParam(required = false) String telepon,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      PesertaRingkas p =
          peserta.daftarkan(
              id, new PesertaBaru(peran, usahaId, koperasiId, nama, telepon), cakupan);
      return "redirect:/kegiatan/" + id + "/peserta/" + p.id();
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute("galat", PesanGalat.teks(pesan, e));
      return "redirect:/kegiatan/" + id + "#peserta";
    }
  }

  @GetMapping("/kegiatan/{id}/peserta/{pesertaId}")
  String registrasi(
      @PathVariable long id, @PathVariable long pesertaId, Cakupan cakupan, Model model) {
    model.addAttribute("p", peserta.ambil(id, pesertaId, cakupan));
    model.addAttribute("k", kegiatan.ambil(id, cakupan));
    return "kegiatan/peserta";
  }

  @GetMapping("/kegiatan/{id}/peserta/{pesertaId}/qr.svg")
  ResponseEntity<String> qr(@PathVariable long id, @PathVariable long pesertaId, Cakupan cakupan) {
    PesertaRingkas p = peserta.ambil(id, pesertaId, cakupan);
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml"))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(KodeQr.svg(p.kode()));
  }

  @PostMapping("/kegiatan/{id}/peserta/{pesertaId}/batal")
  String batalkan(
      @PathVariable long id,
      @PathVariable long pesertaId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    peserta.batalkan(id, pesertaId, cakupan);
    flash.addFlashAttribute("pesan", "kegiatan.peserta.dibatalkan");
    return "redirect:/kegiatan/" + id + "#peserta";
  }

  @GetMapping("/kegiatan/{id}/kehadiran")
  String kehadiran(
      @PathVariable long id,
      @RequestParam(required = false) String q,
      Cakupan cakupan,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("k", kegiatan.ambil(id, cakupan));
    model.addAttribute("q", q);
    model.addAttribute("hasil", peserta.cariNama(id, q, cakupan));
    return Htmx.view(request, "kegiatan/kehadiran", "hasil");
  }

  @PostMapping("/kegiatan/{id}/kehadiran")
  String hadir(
      @PathVariable long id,
      @RequestParam(required = false) String kode,
      @RequestParam(required = false) Long pesertaId,
      Cakupan cakupan,
      Model model,
      RedirectAttributes flash,
      HttpServletRequest request) {
    Map<String, Object> hasil = catatHadir(id, kode, pesertaId, cakupan);
    if (Htmx.isHtmx(request)) {
      // the in-page camera scanner stays open for the next person: it gets the result and the new
      // count, not a new page
      model.addAllAttributes(hasil);
      model.addAttribute("pindai", true);
      model.addAttribute("k", kegiatan.ambil(id, cakupan));
      return "kegiatan/kehadiran :: pindai-hasil";
    }
    hasil.forEach(flash::addFlashAttribute);
    return "redirect:/kegiatan/" + id + "/kehadiran";
  }

  /** Checks in by participant or by code; the message keys and name to show, or the error. */
  private Map<String, Object> catatHadir(long id, String kode, Long pesertaId, Cakupan cakupan) {
    try {
      Kehadiran h =
          pesertaId != null
              ? peserta.hadir(id, pesertaId, cakupan)
              : peserta.hadirDenganKode(id, kode, cakupan);
      return Map.of(
          "pesan",
          h.sudahSebelumnya() ? "kegiatan.kehadiran.sudah" : "kegiatan.kehadiran.tercatat",
          "namaHadir",
          h.peserta().nama());
    } catch (MasukanTidakSah e) {
      return Map.of("galat", PesanGalat.teks(pesan, e));
    }
  }
}

package id.gerai.kegiatan.web;

import id.gerai.kegiatan.KegiatanService;
import id.gerai.kegiatan.LayananBaru;
import id.gerai.kegiatan.LayananJenis;
import id.gerai.kegiatan.SafariService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A safari's page: the visit plan, each visit's check-in, and the services given. */
@Controller
class SafariController {

  private final KegiatanService kegiatan;
  private final SafariService safari;
  private final MessageSource pesan;

  SafariController(KegiatanService kegiatan, SafariService safari, MessageSource pesan) {
    this.kegiatan = kegiatan;
    this.safari = safari;
    this.pesan = pesan;
  }

  @GetMapping("/kegiatan/{id}/safari")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("k", kegiatan.ambil(id, cakupan));
    model.addAttribute("kunjungan", safari.kunjungan(id, cakupan));
    model.addAttribute("layanan", safari.layanan(id, cakupan));
    model.addAttribute("semuaLayanan", LayananJenis.values());
    return "kegiatan/safari";
  }

  @PostMapping("/kegiatan/{id}/safari/kunjungan")
  String rencanakan(
      @PathVariable long id,
      @RequestParam(required = false) String kodeWilayah,
      @RequestParam(required = false) Long geraiId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(id, flash, () -> safari.rencanakan(id, kodeWilayah, geraiId, tanggal, cakupan));
  }

  @PostMapping("/kegiatan/{id}/safari/kunjungan/{kunjunganId}/hadir")
  String hadir(
      @PathVariable long id,
      @PathVariable long kunjunganId,
      @RequestParam(required = false) Double lintang,
      @RequestParam(required = false) Double bujur,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(id, flash, () -> safari.hadir(id, kunjunganId, lintang, bujur, cakupan));
  }

  @PostMapping("/kegiatan/{id}/safari/layanan")
  String layanan(
      @PathVariable long id,
      @RequestParam(required = false) Long kunjunganId,
      @RequestParam(required = false) LayananJenis jenis,
      @RequestParam(required = false) Long usahaId,
      @RequestParam(required = false) String nama,
      @RequestParam(required = false) String catatan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(
        id,
        flash,
        () ->
            safari.catatLayanan(
                id, new LayananBaru(kunjunganId, jenis, usahaId, nama, catatan), cakupan));
  }

  private String jalankan(long id, RedirectAttributes flash, Runnable aksi) {
    try {
      aksi.run();
      flash.addFlashAttribute("pesan", "kegiatan.safari.tersimpan");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute("galat", PesanGalat.teks(pesan, e));
    }
    return "redirect:/kegiatan/" + id + "/safari";
  }
}

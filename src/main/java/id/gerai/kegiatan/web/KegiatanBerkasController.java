package id.gerai.kegiatan.web;

import id.gerai.kegiatan.KegiatanBerkasService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.berkas.BerkasUnggahan;
import id.gerai.shared.web.JawabanBerkas;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading and opening an activity's photos and documents. */
@Controller
class KegiatanBerkasController {

  private final KegiatanBerkasService berkas;
  private final MessageSource pesan;

  KegiatanBerkasController(KegiatanBerkasService berkas, MessageSource pesan) {
    this.berkas = berkas;
    this.pesan = pesan;
  }

  @PostMapping("/kegiatan/{id}/berkas")
  String unggah(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String keterangan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      BerkasUnggahan u =
          file == null || file.isEmpty()
              ? null
              : new BerkasUnggahan(file.getOriginalFilename(), file.getSize(), file);
      berkas.unggah(id, u, keterangan, cakupan);
      flash.addFlashAttribute("pesan", "kegiatan.berkas.tersimpan");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute("galat", PesanGalat.teks(pesan, e));
    }
    return "redirect:/kegiatan/" + id + "#berkas";
  }

  @GetMapping("/kegiatan/{id}/berkas/{berkasId}")
  ResponseEntity<Resource> buka(
      @PathVariable long id, @PathVariable long berkasId, Cakupan cakupan) {
    BerkasUnduhan b = berkas.buka(id, berkasId, cakupan);
    return b.jenis().gambar() ? JawabanBerkas.pratinjau(b) : JawabanBerkas.lampiran(b);
  }
}

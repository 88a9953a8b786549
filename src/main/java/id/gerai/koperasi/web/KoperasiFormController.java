package id.gerai.koperasi.web;

import id.gerai.koperasi.DaftarkanKoperasi;
import id.gerai.koperasi.KoperasiDetail;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.KoperasiTerdaftar;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration and edit form. Field errors and the register's refusals show beside their
 * fields; the numbers' pattern warnings do not refuse, they show on the cooperative's page.
 */
@Controller
class KoperasiFormController {

  private final KoperasiService koperasi;
  private final KoperasiPilihan pilihan;

  KoperasiFormController(KoperasiService koperasi, KoperasiPilihan pilihan) {
    this.koperasi = koperasi;
    this.pilihan = pilihan;
  }

  @GetMapping("/koperasi/baru")
  @PreAuthorize("hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')")
  String baru(Cakupan cakupan, Model model) {
    model.addAttribute("koperasi", DaftarkanKoperasi.kosong());
    return formulir(null, 0, cakupan, model);
  }

  @PostMapping("/koperasi/baru")
  String daftarkan(
      @Valid @ModelAttribute("koperasi") DaftarkanKoperasi perintah,
      BindingResult hasil,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    if (!hasil.hasErrors()) {
      try {
        KoperasiTerdaftar t = koperasi.daftarkan(perintah, cakupan);
        return berhasil(t, "koperasi.pesan.terdaftar", redirect);
      } catch (BidangDitolak e) {
        tolak(hasil, e);
      }
    }
    return formulir(null, 0, cakupan, model);
  }

  @GetMapping("/koperasi/{id}/ubah")
  @PreAuthorize("hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENGURUS_KOPERASI')")
  String ubah(@PathVariable long id, Cakupan cakupan, Model model) {
    KoperasiDetail d = koperasi.ambil(id, cakupan);
    model.addAttribute("koperasi", d.perintahUbah());
    return formulir(id, d.versi(), cakupan, model);
  }

  @PostMapping("/koperasi/{id}/ubah")
  String simpan(
      @PathVariable long id,
      @RequestParam(name = "versi", required = false) Integer versi,
      @Valid @ModelAttribute("koperasi") DaftarkanKoperasi perintah,
      BindingResult hasil,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    koperasi.pastikanTerjangkau(id, cakupan);
    if (!hasil.hasErrors()) {
      try {
        KoperasiTerdaftar t = koperasi.ubah(id, versi, perintah, cakupan);
        return berhasil(t, "koperasi.pesan.diubah", redirect);
      } catch (BidangDitolak e) {
        tolak(hasil, e);
      }
    }
    return formulir(id, versi == null ? 0 : versi, cakupan, model);
  }

  private String formulir(Long id, int versi, Cakupan cakupan, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("versi", versi);
    pilihan.untukForm(cakupan, model);
    return "koperasi/form";
  }

  private static String berhasil(KoperasiTerdaftar t, String pesan, RedirectAttributes redirect) {
    redirect.addFlashAttribute("pesan", pesan);
    redirect.addFlashAttribute("peringatan", t.peringatan());
    return "redirect:/koperasi/" + t.id();
  }

  static void tolak(BindingResult hasil, BidangDitolak e) {
    e.galat()
        .forEach(
            (bidang, kode) -> {
              if (bidang.isEmpty()) {
                hasil.reject(kode);
              } else {
                hasil.rejectValue(bidang, kode);
              }
            });
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.DaftarkanUmkm;
import id.gerai.umkm.DuplikatEntri;
import id.gerai.umkm.DuplikatTemuan;
import id.gerai.umkm.UmkmDetail;
import id.gerai.umkm.UmkmService;
import id.gerai.umkm.UmkmTerdaftar;
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
 * The short registration form (the person and the business on one page) and the edit form. Field
 * errors and the register's refusals show beside their fields; NIK warnings do not refuse, they
 * show on the business's page after saving. A new registration, or an edit of the NIB, the owner's
 * NIK or phone or the business name, that looks like a business already registered waits for the
 * user's confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PELAKU_USAHA')")
class UmkmFormController {

  private final UmkmService umkm;
  private final UmkmPilihan pilihan;
  private final DuplikatEntri duplikat;

  UmkmFormController(UmkmService umkm, UmkmPilihan pilihan, DuplikatEntri duplikat) {
    this.umkm = umkm;
    this.pilihan = pilihan;
    this.duplikat = duplikat;
  }

  @GetMapping("/umkm/baru")
  public String baru(Cakupan cakupan, Model model) {
    model.addAttribute("umkm", DaftarkanUmkm.kosong());
    return formulir(null, 0, cakupan, model);
  }

  /**
   * Registers, unless likely duplicates turn up and the user has not yet confirmed: then the form
   * comes back with them listed (only those in scope) and a confirmation checkbox.
   */
  @PostMapping("/umkm/baru")
  public String daftarkan(
      @Valid @ModelAttribute("umkm") DaftarkanUmkm perintah,
      BindingResult hasil,
      @RequestParam(name = "konfirmasiDuplikat", defaultValue = "false") boolean konfirmasi,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    if (!hasil.hasErrors() && !konfirmasi) {
      DuplikatTemuan temuan = duplikat.periksa(perintah, cakupan);
      if (temuan.ada()) {
        model.addAttribute("duplikat", temuan);
        return formulir(null, 0, cakupan, model);
      }
    }
    if (!hasil.hasErrors()) {
      try {
        UmkmTerdaftar t = umkm.daftarkan(perintah, cakupan);
        return berhasil(t, "umkm.register.pesan.terdaftar", redirect);
      } catch (BidangDitolak e) {
        tolak(hasil, e);
      }
    }
    return formulir(null, 0, cakupan, model);
  }

  @GetMapping("/umkm/{id}/ubah")
  public String ubah(@PathVariable long id, Cakupan cakupan, Model model) {
    UmkmDetail d = umkm.ambil(id, cakupan);
    model.addAttribute("umkm", d.perintahUbah());
    return formulir(id, d.versi(), cakupan, model);
  }

  @PostMapping("/umkm/{id}/ubah")
  public String simpan(
      @PathVariable long id,
      @RequestParam(name = "versi", required = false) Integer versi,
      @Valid @ModelAttribute("umkm") DaftarkanUmkm perintah,
      BindingResult hasil,
      @RequestParam(name = "konfirmasiDuplikat", defaultValue = "false") boolean konfirmasi,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    umkm.pastikanTerjangkau(id, cakupan);
    if (!hasil.hasErrors() && !konfirmasi) {
      DuplikatTemuan temuan = duplikat.periksaUbah(id, perintah, cakupan);
      if (temuan.ada()) {
        model.addAttribute("duplikat", temuan);
        return formulir(id, versi == null ? 0 : versi, cakupan, model);
      }
    }
    if (!hasil.hasErrors()) {
      try {
        UmkmTerdaftar t = umkm.ubah(id, versi, perintah, cakupan);
        return berhasil(t, "umkm.register.pesan.diubah", redirect);
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
    return "umkm/form";
  }

  private static String berhasil(UmkmTerdaftar t, String pesan, RedirectAttributes redirect) {
    redirect.addFlashAttribute("pesan", pesan);
    redirect.addFlashAttribute("peringatan", t.peringatan());
    return "redirect:/umkm/" + t.usahaId();
  }

  private static void tolak(BindingResult hasil, BidangDitolak e) {
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

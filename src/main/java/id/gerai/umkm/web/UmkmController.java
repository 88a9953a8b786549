package id.gerai.umkm.web;

import id.gerai.gerai.AnggotaForumService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.web.Htmx;
import id.gerai.umkm.AngkaTahunanService;
import id.gerai.umkm.TanggaService;
import id.gerai.umkm.UmkmDetail;
import id.gerai.umkm.UmkmRingkas;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's list (filters and paging, htmx or plain), one business's page, and its
 * verification, for every role within its scope.
 */
@Controller
class UmkmController {

  private final UmkmService umkm;
  private final UmkmPilihan pilihan;

  private final AngkaTahunanService angka;
  private final TanggaService tangga;
  private final AnggotaForumService forum;

  UmkmController(
      UmkmService umkm,
      UmkmPilihan pilihan,
      AngkaTahunanService angka,
      TanggaService tangga,
      AnggotaForumService forum) {
    this.umkm = umkm;
    this.pilihan = pilihan;
    this.angka = angka;
    this.tangga = tangga;
    this.forum = forum;
  }

  @GetMapping("/umkm")
  String daftar(
      @ModelAttribute("f") UmkmFilter f, Cakupan cakupan, HttpServletRequest request, Model model) {
    Halaman<UmkmRingkas> hal = umkm.cari(f.saringan(), cakupan);
    model.addAttribute("hal", hal);
    model.addAttribute("terbatas", UmkmSaringan.terbatas(hal) ? UmkmSaringan.BATAS_HITUNG : null);
    pilihan.untukDaftar(model);
    return Htmx.view(request, "umkm/daftar", "hasil");
  }

  @GetMapping("/umkm/{id}")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    UmkmDetail u = umkm.ambil(id, cakupan);
    model.addAttribute("umkm", u);
    model.addAttribute("anggotaForum", forum.keanggotaan(u.pemilik().id()).orElse(null));
    model.addAttribute("kelas", angka.riwayat(id, cakupan).terakhir().orElse(null));
    model.addAttribute("tangga", tangga.untuk(id, cakupan));
    return "umkm/tampil";
  }

  @PostMapping("/umkm/{id}/verifikasi")
  String verifikasi(@PathVariable long id, Cakupan cakupan, RedirectAttributes redirect) {
    umkm.verifikasi(id, cakupan);
    redirect.addFlashAttribute("pesan", "umkm.register.pesan.diverifikasi");
    return "redirect:/umkm/" + id;
  }
}

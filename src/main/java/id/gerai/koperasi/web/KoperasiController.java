package id.gerai.koperasi.web;

import id.gerai.koperasi.AnggotaUsahaService;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.RatService;
import id.gerai.koperasi.StatusKoperasi;
import id.gerai.shared.Cakupan;
import id.gerai.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's list (filters and paging, htmx or plain), one cooperative's page with its people,
 * members and RAT, its verification and its status, for every role within its scope.
 */
@Controller
class KoperasiController {

  private final KoperasiService koperasi;
  private final RatService rat;
  private final AnggotaUsahaService usaha;
  private final KoperasiPilihan pilihan;

  KoperasiController(
      KoperasiService koperasi,
      RatService rat,
      AnggotaUsahaService usaha,
      KoperasiPilihan pilihan) {
    this.koperasi = koperasi;
    this.rat = rat;
    this.usaha = usaha;
    this.pilihan = pilihan;
  }

  @GetMapping("/koperasi")
  String daftar(
      @ModelAttribute("f") KoperasiFilter f,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", koperasi.cari(f.saringan(), cakupan));
    pilihan.untukDaftar(model);
    return Htmx.view(request, "koperasi/daftar", "hasil");
  }

  @GetMapping("/koperasi/{id}")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("k", koperasi.ambil(id, cakupan));
    model.addAttribute("rat", rat.daftar(id, cakupan));
    model.addAttribute("usaha", usaha.usaha(id, cakupan));
    model.addAttribute("jumlahUsaha", usaha.jumlah(id, cakupan));
    pilihan.untukTampil(model);
    return "koperasi/tampil";
  }

  @PostMapping("/koperasi/{id}/verifikasi")
  String verifikasi(@PathVariable long id, Cakupan cakupan, RedirectAttributes redirect) {
    koperasi.verifikasi(id, cakupan);
    redirect.addFlashAttribute("pesan", "koperasi.pesan.diverifikasi");
    return "redirect:/koperasi/" + id;
  }

  @PostMapping("/koperasi/{id}/status")
  String status(
      @PathVariable long id,
      @RequestParam StatusKoperasi status,
      Cakupan cakupan,
      RedirectAttributes redirect) {
    koperasi.ubahStatus(id, status, cakupan);
    redirect.addFlashAttribute("pesan", "koperasi.pesan.status-diubah");
    return "redirect:/koperasi/" + id;
  }
}

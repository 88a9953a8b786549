package id.gerai.koperasi.web;

import id.gerai.koperasi.AnggotaUsahaService;
import id.gerai.koperasi.CatatAnggota;
import id.gerai.koperasi.CatatAnggotaKoperasi;
import id.gerai.koperasi.CatatAnggotaUsaha;
import id.gerai.koperasi.CatatPengurus;
import id.gerai.koperasi.SusunanKoperasiService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people and members of a cooperative, from the small forms on its page: officers and
 * supervisors, members by year, member cooperatives, member businesses. Also the fragment of
 * cooperatives that the UMKM register's business page loads.
 */
@Controller
class KoperasiSusunanController {

  private final SusunanKoperasiService susunan;
  private final AnggotaUsahaService usaha;
  private final PesanGalat galat;

  KoperasiSusunanController(
      SusunanKoperasiService susunan, AnggotaUsahaService usaha, PesanGalat galat) {
    this.susunan = susunan;
    this.usaha = usaha;
    this.galat = galat;
  }

  @PostMapping("/koperasi/{id}/pengurus")
  String pengurus(
      @PathVariable long id,
      @Valid CatatPengurus p,
      BindingResult hasil,
      Cakupan cakupan,
      RedirectAttributes r) {
    return jalankan(id, hasil, r, () -> susunan.tambahPengurus(id, p, cakupan));
  }

  @PostMapping("/koperasi/{id}/pengurus/{kode}/hapus")
  String hapusPengurus(
      @PathVariable long id, @PathVariable String kode, Cakupan cakupan, RedirectAttributes r) {
    return jalankan(id, null, r, () -> susunan.hapusPengurus(id, kode, cakupan));
  }

  @PostMapping("/koperasi/{id}/anggota")
  String anggota(
      @PathVariable long id,
      @Valid CatatAnggota a,
      BindingResult hasil,
      Cakupan cakupan,
      RedirectAttributes r) {
    return jalankan(id, hasil, r, () -> susunan.catatAnggota(id, a, cakupan));
  }

  @PostMapping("/koperasi/{id}/anggota-koperasi")
  String anggotaKoperasi(
      @PathVariable long id,
      @Valid CatatAnggotaKoperasi a,
      BindingResult hasil,
      Cakupan cakupan,
      RedirectAttributes r) {
    return jalankan(id, hasil, r, () -> susunan.tambahAnggotaKoperasi(id, a, cakupan));
  }

  @PostMapping("/koperasi/{id}/anggota-koperasi/{kode}/hapus")
  String hapusAnggotaKoperasi(
      @PathVariable long id, @PathVariable String kode, Cakupan cakupan, RedirectAttributes r) {
    return jalankan(id, null, r, () -> susunan.hapusAnggotaKoperasi(id, kode, cakupan));
  }

  @PostMapping("/koperasi/{id}/usaha")
  String tambahUsaha(
      @PathVariable long id,
      @Valid CatatAnggotaUsaha c,
      BindingResult hasil,
      Cakupan cakupan,
      RedirectAttributes r) {
    return jalankan(id, hasil, r, () -> usaha.tambah(id, c, cakupan));
  }

  @PostMapping("/koperasi/{id}/usaha/{usahaId}/hapus")
  String hapusUsaha(
      @PathVariable long id, @PathVariable long usahaId, Cakupan cakupan, RedirectAttributes r) {
    return jalankan(id, null, r, () -> usaha.hapus(id, usahaId, cakupan));
  }

  /** The cooperatives of one business, for its page in the UMKM register (loaded by htmx). */
  @GetMapping("/koperasi/usaha/{usahaId}/fragmen")
  String fragmen(@PathVariable long usahaId, Cakupan cakupan, Model model) {
    model.addAttribute("keanggotaan", usaha.koperasi(usahaId, cakupan));
    return "koperasi/usaha-fragmen :: koperasi";
  }

  private String jalankan(long id, BindingResult hasil, RedirectAttributes r, Runnable aksi) {
    if (hasil != null && hasil.hasErrors()) {
      galat.dari(hasil, r);
    } else {
      try {
        aksi.run();
        r.addFlashAttribute("pesan", "koperasi.pesan.diubah");
      } catch (BidangDitolak e) {
        galat.dari(e, r);
      }
    }
    return "redirect:/koperasi/" + id;
  }
}

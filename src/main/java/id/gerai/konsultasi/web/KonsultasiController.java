package id.gerai.konsultasi.web;

import id.gerai.konsultasi.BukaKonsultasi;
import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.KonsultasiService;
import id.gerai.konsultasi.LampiranService;
import id.gerai.konsultasi.PengetahuanService;
import id.gerai.konsultasi.PeranTujuan;
import id.gerai.konsultasi.SaringanKonsultasi;
import id.gerai.konsultasi.StatusKonsultasi;
import id.gerai.konsultasi.Urgensi;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.web.Htmx;
import id.gerai.shared.web.JawabanBerkas;
import jakarta.servlet.http.HttpServletRequest;
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
 * The case pages: the list (an htmx request gets only the results), bringing a new problem with the
 * similar solved ones beside it, one case, and opening an attachment.
 */
@Controller
class KonsultasiController {

  private final KonsultasiService konsultasi;
  private final LampiranService lampiran;
  private final PengetahuanService pengetahuan;

  KonsultasiController(
      KonsultasiService konsultasi, LampiranService lampiran, PengetahuanService pengetahuan) {
    this.konsultasi = konsultasi;
    this.lampiran = lampiran;
    this.pengetahuan = pengetahuan;
  }

  @GetMapping("/konsultasi")
  String daftar(
      @RequestParam(name = "status", required = false) StatusKonsultasi status,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "terlambat", required = false) Boolean terlambat,
      @RequestParam(name = "usaha", required = false) Long usaha,
      @RequestParam(name = "koperasi", required = false) Long koperasi,
      @RequestParam(name = "halaman", required = false) Integer halaman,
      Cakupan cakupan,
      HttpServletRequest req,
      Model model) {
    SaringanKonsultasi s =
        new SaringanKonsultasi(status, kategori, terlambat, usaha, halaman, null, koperasi);
    model.addAttribute("f", new SaringanWeb(s));
    model.addAttribute("hal", konsultasi.cari(s, cakupan));
    model.addAttribute("semuaStatus", StatusKonsultasi.values());
    model.addAttribute("semuaKategori", KategoriMasalah.values());
    return Htmx.view(req, "konsultasi/daftar", "hasil");
  }

  @GetMapping("/konsultasi/baru")
  String baru(
      @RequestParam(name = "usaha", required = false) Long usaha,
      @RequestParam(name = "koperasi", required = false) Long koperasi,
      Cakupan cakupan,
      Model model) {
    KonsultasiForm form =
        new KonsultasiForm(koperasi == null ? usaha : null, null, null, Urgensi.SEDANG, koperasi);
    return formulir(form, null, cakupan, model);
  }

  /** The cases of one cooperative, for its page (htmx); outside the scope 404. */
  @GetMapping("/konsultasi/koperasi/{id}/fragmen")
  String koperasi(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("koperasiId", id);
    model.addAttribute("hal", konsultasi.untukKoperasi(id, cakupan));
    return "konsultasi/koperasi-fragmen";
  }

  @PostMapping("/konsultasi")
  String buka(
      KonsultasiForm form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Cakupan cakupan,
      Model model,
      RedirectAttributes flash) {
    try {
      BukaKonsultasi buka = form.perintah();
      long id = konsultasi.buka(buka, cakupan);
      if (KonsultasiWeb.unggahan(file) != null) {
        lampiran.unggah(id, KonsultasiWeb.unggahan(file), cakupan);
      }
      flash.addFlashAttribute("pesan", "konsultasi.halaman.dibuka");
      return "redirect:/konsultasi/" + id;
    } catch (MasukanTidakSah e) {
      return formulir(form, e, cakupan, model);
    }
  }

  /** The solved cases like the problem being typed (an htmx fragment of the form). */
  @GetMapping("/konsultasi/serupa")
  String serupa(
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "uraian", required = false) String uraian,
      Model model) {
    model.addAttribute("serupa", pengetahuan.serupa(kategori, uraian));
    return "konsultasi/baru :: serupa";
  }

  @GetMapping("/konsultasi/{id}")
  String detail(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("k", konsultasi.ambil(id, cakupan));
    model.addAttribute("semuaPeran", PeranTujuan.values());
    model.addAttribute("aturan", LampiranService.ATURAN);
    return "konsultasi/detail";
  }

  @GetMapping("/konsultasi/lampiran/{id}")
  ResponseEntity<Resource> lampiran(@PathVariable long id, Cakupan cakupan) {
    return JawabanBerkas.lampiran(lampiran.buka(id, cakupan));
  }

  private String formulir(
      KonsultasiForm form, MasukanTidakSah galat, Cakupan cakupan, Model model) {
    model.addAttribute("usahaSaya", konsultasi.usahaSendiri(cakupan));
    model.addAttribute("koperasiSaya", konsultasi.koperasiSendiri(cakupan));
    model.addAttribute("form", form);
    model.addAttribute("galat", galat);
    model.addAttribute("semuaKategori", KategoriMasalah.values());
    model.addAttribute("semuaUrgensi", Urgensi.values());
    model.addAttribute("aturan", LampiranService.ATURAN);
    model.addAttribute(
        "serupa",
        form.kategori() == null
            ? java.util.List.of()
            : pengetahuan.serupa(form.kategori(), form.uraian()));
    return "konsultasi/baru";
  }
}

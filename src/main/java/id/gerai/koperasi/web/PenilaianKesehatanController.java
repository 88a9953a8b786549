package id.gerai.koperasi.web;

import id.gerai.koperasi.PenilaianKesehatan;
import id.gerai.koperasi.PenilaianKesehatanPengawasan;
import id.gerai.koperasi.PenilaianKesehatanService;
import id.gerai.koperasi.RubrikService;
import id.gerai.shared.Cakupan;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worksheet of a fiscal year (page, print, PDF), a cooperative's history of predicates, and the
 * list of cooperatives that need supervision.
 */
@Controller
class PenilaianKesehatanController {

  private final PenilaianKesehatanService penilaian;
  private final RubrikService rubrik;
  private final PenilaianKesehatanPdf pdf;

  PenilaianKesehatanController(
      PenilaianKesehatanService penilaian, RubrikService rubrik, PenilaianKesehatanPdf pdf) {
    this.penilaian = penilaian;
    this.rubrik = rubrik;
    this.pdf = pdf;
  }

  @GetMapping("/koperasi/{id}/kesehatan/{tahun}")
  String lembar(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestParam(required = false) Long rubrik,
      Cakupan cakupan,
      Authentication auth,
      Model model) {
    model.addAttribute("p", penilaian.lembarKerja(id, tahun, cakupan, rubrik));
    model.addAttribute("versi", this.rubrik.semua());
    model.addAttribute("bolehCatat", LaporanKeuanganWeb.bolehCatat(auth));
    model.addAttribute("staf", LaporanKeuanganWeb.staf(auth));
    return "koperasi/kesehatan/lembar-kerja";
  }

  @GetMapping("/koperasi/{id}/kesehatan/{tahun}/pdf")
  ResponseEntity<byte[]> unduh(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestParam(required = false) Long rubrik,
      Cakupan cakupan) {
    PenilaianKesehatan p = penilaian.lembarKerja(id, tahun, cakupan, rubrik);
    String nama = "kesehatan-koperasi-" + id + "-" + tahun + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .body(pdf.buat(p));
  }

  @GetMapping("/koperasi/{id}/kesehatan")
  String riwayat(@PathVariable long id, Cakupan cakupan, Authentication auth, Model model) {
    model.addAttribute("koperasi", penilaian.koperasi(id, cakupan));
    model.addAttribute("riwayat", penilaian.riwayat(id, cakupan));
    model.addAttribute("bolehCatat", LaporanKeuanganWeb.bolehCatat(auth));
    return "koperasi/kesehatan/riwayat";
  }

  @GetMapping("/koperasi/kesehatan/pengawasan")
  String pengawasan(
      @RequestParam(required = false) Integer hal,
      @RequestParam(required = false) PenilaianKesehatanPengawasan.Alasan alasan,
      Cakupan cakupan,
      Model model,
      jakarta.servlet.http.HttpServletRequest request) {
    model.addAttribute("hal", penilaian.pengawasan(cakupan, alasan, hal, 20));
    model.addAttribute("alasan", alasan);
    model.addAttribute("daftarAlasan", PenilaianKesehatanPengawasan.Alasan.values());
    return id.gerai.shared.web.Htmx.view(request, "koperasi/kesehatan/pengawasan", "hasil");
  }
}

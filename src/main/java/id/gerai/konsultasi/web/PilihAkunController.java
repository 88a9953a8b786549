package id.gerai.konsultasi.web;

import id.gerai.konsultasi.PilihAkunTujuan;
import id.gerai.shared.Cakupan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account picker of the assignment form (htmx): the accounts that can take cases, found by name
 * or username within the assigner's reach, each a choice that sets the account id the form sends.
 */
@Controller
class PilihAkunController {

  private final PilihAkunTujuan pilih;

  PilihAkunController(PilihAkunTujuan pilih) {
    this.pilih = pilih;
  }

  @GetMapping("/konsultasi/pilih-akun")
  String cari(@RequestParam(required = false) String q, Cakupan cakupan, Model model) {
    String teks = q == null ? "" : q.strip();
    if (teks.length() > 100) {
      teks = teks.substring(0, 100);
    }
    model.addAttribute("q", teks);
    model.addAttribute("calon", pilih.cari(teks, cakupan));
    return "konsultasi/pilih-akun :: pilihan";
  }
}

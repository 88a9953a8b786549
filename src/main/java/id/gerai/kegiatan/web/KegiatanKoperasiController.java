package id.gerai.kegiatan.web;

import id.gerai.kegiatan.PesertaKoperasiService;
import id.gerai.shared.Cakupan;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The activities a cooperative took part in: a section of the cooperative's page (htmx). */
@Controller
class KegiatanKoperasiController {

  private final PesertaKoperasiService peserta;

  KegiatanKoperasiController(PesertaKoperasiService peserta) {
    this.peserta = peserta;
  }

  @GetMapping("/kegiatan/koperasi/{koperasiId}")
  String untukKoperasi(@PathVariable long koperasiId, Cakupan cakupan, Model model) {
    model.addAttribute("daftar", peserta.untukKoperasi(koperasiId, cakupan));
    return "kegiatan/usaha :: daftar";
  }
}

package id.gerai.gerai.web;

import id.gerai.gerai.AnggotaForumService;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.GeraiStatus;
import id.gerai.gerai.PengurusService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.web.Htmx;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.WilayahService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The gerai list (filters and paging, htmx or plain) and one gerai's page with its current officers
 * and whether they are complete, for every role.
 */
@Controller
class GeraiController {

  private final GeraiService gerai;
  private final WilayahService wilayah;
  private final PilihanWilayah pilihan;
  private final PengurusService pengurus;
  private final AnggotaForumService anggota;

  GeraiController(
      GeraiService gerai,
      WilayahService wilayah,
      PilihanWilayah pilihan,
      PengurusService pengurus,
      AnggotaForumService anggota) {
    this.gerai = gerai;
    this.wilayah = wilayah;
    this.pilihan = pilihan;
    this.pengurus = pengurus;
    this.anggota = anggota;
  }

  @GetMapping("/gerai")
  String daftar(
      @ModelAttribute("f") FilterGerai f,
      Cakupan cakupan,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("hal", gerai.cari(f.saring(), cakupan));
    model.addAttribute("kecamatan", pilihan.kecamatan(cakupan));
    model.addAttribute("semuaJenis", GeraiJenis.values());
    model.addAttribute("semuaStatus", GeraiStatus.values());
    String prefiks = f.prefiks();
    if (prefiks != null && !prefiks.equals(f.kecamatan())) {
      model.addAttribute("wilayahDipilih", wilayah.cari(KodeWilayah.periksa(prefiks)).orElse(null));
    }
    return Htmx.view(request, "gerai/daftar", "hasil");
  }

  @GetMapping("/gerai/{id}")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("gerai", gerai.ambil(id, cakupan));
    model.addAttribute("pengurus", pengurus.untukGerai(id, cakupan, false));
    model.addAttribute("bulanan", anggota.jumlahBulanan(id, 12, cakupan));
    return "gerai/tampil";
  }
}

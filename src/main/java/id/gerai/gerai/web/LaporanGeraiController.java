package id.gerai.gerai.web;

import id.gerai.gerai.GeraiDitolak;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.LaporanGeraiLembar;
import id.gerai.gerai.LaporanGeraiRingkas;
import id.gerai.gerai.LaporanGeraiService;
import id.gerai.shared.Cakupan;
import java.security.Principal;
import org.springframework.security.core.Authentication;
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
 * Pages of gerai reports: a gerai's reports, one report's form with its workflow buttons, and the
 * office's reporting-rate page. Who may press which button is decided by the service; the page only
 * hides what the caller cannot do.
 */
@Controller
class LaporanGeraiController {

  private static final String FORM = "gerai/laporan-form";

  private final LaporanGeraiService laporan;
  private final GeraiService gerai;

  LaporanGeraiController(LaporanGeraiService laporan, GeraiService gerai) {
    this.laporan = laporan;
    this.gerai = gerai;
  }

  @GetMapping("/gerai/{id}/laporan")
  String daftar(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("gerai", gerai.ambil(id, cakupan));
    model.addAttribute(
        "daftar",
        PeriodeLaporanBaris.gabung(laporan.periodeTerakhir(12), laporan.daftar(id, cakupan)));
    model.addAttribute("periodeLalu", laporan.periodeLalu());
    model.addAttribute("periodeBerjalan", laporan.periodeBerjalan());
    return "gerai/laporan-daftar";
  }

  @GetMapping("/gerai/{id}/laporan/{periode}")
  String tampil(
      @PathVariable long id,
      @PathVariable String periode,
      Cakupan cakupan,
      Authentication auth,
      Model model) {
    LaporanGeraiLembar lembar = laporan.ambil(id, periode, cakupan);
    model.addAttribute("laporanForm", LaporanGeraiForm.dari(lembar.laporan()));
    return halaman(lembar, auth, model);
  }

  @PostMapping("/gerai/{id}/laporan/{periode}")
  String simpan(
      @PathVariable long id,
      @PathVariable String periode,
      @ModelAttribute("laporanForm") LaporanGeraiForm form,
      BindingResult hasil,
      @RequestParam(name = "aksi", defaultValue = "simpan") String aksi,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (!hasil.hasErrors()) {
      try {
        laporan.simpan(id, periode, form.angka(), form.getCatatan(), cakupan, auth.getName());
        if ("kirim".equals(aksi)) {
          laporan.kirim(id, periode, cakupan);
        }
        flash.addFlashAttribute(
            "pesan", "kirim".equals(aksi) ? "laporan.terkirim" : "laporan.tersimpan");
        return kembali(id, periode);
      } catch (GeraiDitolak e) {
        if (e.bidang() != null && hasil.getFieldType(e.bidang()) != null) {
          hasil.rejectValue(e.bidang(), e.kodePesan(), e.argumen(), null);
        } else {
          hasil.reject(e.kodePesan(), e.argumen(), null);
        }
      }
    }
    return halaman(laporan.ambil(id, periode, cakupan), auth, model);
  }

  @PostMapping("/gerai/{id}/laporan/{periode}/setujui")
  String setujui(
      @PathVariable long id,
      @PathVariable String periode,
      Cakupan cakupan,
      Principal principal,
      RedirectAttributes flash) {
    return putus(
        id,
        periode,
        flash,
        "laporan.disetujui",
        () -> laporan.setujui(id, periode, cakupan, principal.getName()));
  }

  @PostMapping("/gerai/{id}/laporan/{periode}/kembalikan")
  String kembalikan(
      @PathVariable long id,
      @PathVariable String periode,
      @RequestParam(name = "alasan", required = false) String alasan,
      Cakupan cakupan,
      Principal principal,
      RedirectAttributes flash) {
    return putus(
        id,
        periode,
        flash,
        "laporan.dikembalikan",
        () -> laporan.kembalikan(id, periode, alasan, cakupan, principal.getName()));
  }

  @PostMapping("/gerai/{id}/laporan/{periode}/buka-kembali")
  String bukaKembali(
      @PathVariable long id,
      @PathVariable String periode,
      @RequestParam(name = "alasan", required = false) String alasan,
      Cakupan cakupan,
      Principal principal,
      RedirectAttributes flash) {
    return putus(
        id,
        periode,
        flash,
        "laporan.dibuka-kembali",
        () -> laporan.bukaKembali(id, periode, alasan, cakupan, principal.getName()));
  }

  @GetMapping("/gerai/laporan/tingkat")
  String tingkat(
      @RequestParam(name = "periode", required = false) String periode,
      Cakupan cakupan,
      Model model) {
    model.addAttribute("t", laporan.tingkat(periode, cakupan));
    model.addAttribute("periodeLalu", laporan.periodeLalu());
    return "gerai/laporan-tingkat";
  }

  private String putus(
      long id,
      String periode,
      RedirectAttributes flash,
      String pesan,
      java.util.function.Supplier<LaporanGeraiRingkas> aksi) {
    try {
      aksi.get();
      flash.addFlashAttribute("pesan", pesan);
    } catch (GeraiDitolak e) {
      PengurusWeb.galat(flash, e);
    }
    return kembali(id, periode);
  }

  private String halaman(LaporanGeraiLembar lembar, Authentication auth, Model model) {
    LaporanGeraiRingkas l = lembar.laporan();
    boolean staf = PengurusWeb.dinas(auth);
    boolean pengisi = staf || punya(auth, "ROLE_PENGURUS_GERAI");
    model.addAttribute("lembar", lembar);
    model.addAttribute("l", l);
    model.addAttribute("bolehIsi", pengisi && l.status().terbuka() && !l.terkunci());
    model.addAttribute("bolehPutus", staf && l.status().name().equals("DIKIRIM"));
    model.addAttribute(
        "bolehBuka", staf && !lembar.baru() && (l.terkunci() || !l.status().terbuka()));
    model.addAttribute("bolehBukaBaru", staf && lembar.baru() && l.terkunci());
    return FORM;
  }

  private static boolean punya(Authentication auth, String peran) {
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> peran.equals(a.getAuthority()));
  }

  private static String kembali(long id, String periode) {
    return "redirect:/gerai/" + id + "/laporan/" + periode;
  }
}

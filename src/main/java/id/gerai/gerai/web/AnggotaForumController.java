package id.gerai.gerai.web;

import id.gerai.gerai.AnggotaForumPeran;
import id.gerai.gerai.AnggotaForumService;
import id.gerai.gerai.AnggotaForumStatus;
import id.gerai.gerai.GeraiDitolak;
import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Forum membership pages: the forum's members in the caller's scope, and one gerai's members with
 * the form that registers a new one.
 */
@Controller
class AnggotaForumController {

  private final AnggotaForumService anggota;
  private final GeraiService gerai;

  AnggotaForumController(AnggotaForumService anggota, GeraiService gerai) {
    this.anggota = anggota;
    this.gerai = gerai;
  }

  @GetMapping("/forum/anggota")
  String forum(
      @RequestParam(name = "status", required = false) AnggotaForumStatus status,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      Cakupan cakupan,
      Authentication auth,
      Model model) {
    model.addAttribute(
        "hal", anggota.cari(null, status, halaman, null, cakupan, PengurusWeb.dinas(auth)));
    model.addAttribute("status", status);
    model.addAttribute("semuaStatus", AnggotaForumStatus.values());
    return "gerai/anggota-forum";
  }

  @GetMapping("/gerai/{id}/anggota")
  String gerai(
      @PathVariable long id,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      Cakupan cakupan,
      Authentication auth,
      Model model) {
    model.addAttribute("anggotaForm", new AnggotaForumForm());
    return halaman(id, halaman, cakupan, auth, model);
  }

  @PostMapping("/gerai/{id}/anggota")
  String daftarkan(
      @PathVariable long id,
      @ModelAttribute("anggotaForm") AnggotaForumForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (!hasil.hasErrors()) {
      try {
        anggota.daftarkan(form.perintah(id), cakupan, auth.getName());
        flash.addFlashAttribute("pesan", "anggota.terdaftar");
        return "redirect:/gerai/" + id + "/anggota";
      } catch (GeraiDitolak e) {
        if (e.bidang() != null && hasil.getFieldType(e.bidang()) != null) {
          hasil.rejectValue(e.bidang(), e.kodePesan(), e.argumen(), null);
        } else {
          hasil.reject(e.kodePesan(), e.argumen(), null);
        }
      }
    }
    return halaman(id, 0, cakupan, auth, model);
  }

  @PostMapping("/gerai/{id}/anggota/{anggotaId}/nonaktifkan")
  String nonaktifkan(
      @PathVariable long id,
      @PathVariable long anggotaId,
      @RequestParam(name = "tanggal", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      anggota.nonaktifkan(anggotaId, tanggal, cakupan);
      flash.addFlashAttribute("pesan", "anggota.dinonaktifkan");
    } catch (GeraiDitolak e) {
      PengurusWeb.galat(flash, e);
    }
    return "redirect:/gerai/" + id + "/anggota";
  }

  private String halaman(long id, int halaman, Cakupan cakupan, Authentication auth, Model model) {
    model.addAttribute("gerai", gerai.ambil(id, cakupan));
    model.addAttribute(
        "hal", anggota.cari(id, null, halaman, null, cakupan, PengurusWeb.dinas(auth)));
    model.addAttribute("bulanan", anggota.jumlahBulanan(id, 12, cakupan));
    model.addAttribute("semuaPeran", AnggotaForumPeran.values());
    model.addAttribute("bolehUbah", PengurusWeb.pengelolaForum(auth) || punyaPeranGerai(auth));
    return "gerai/anggota";
  }

  private static boolean punyaPeranGerai(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> "ROLE_PENGURUS_GERAI".equals(a.getAuthority()));
  }
}

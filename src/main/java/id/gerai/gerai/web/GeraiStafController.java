package id.gerai.gerai.web;

import id.gerai.gerai.GeraiDetail;
import id.gerai.gerai.GeraiDitolak;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.GeraiStatus;
import id.gerai.gerai.PerubahanStatus;
import id.gerai.shared.Cakupan;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dinkop staff open, edit, deactivate, reactivate and close gerai inside their scope. Field errors
 * come back beside the fields; a rule the gerai refuses shows the same way, never as an error page.
 */
@Controller
@RequestMapping("/gerai")
@PreAuthorize("hasAnyRole('ADMIN_DINAS','STAF_DINAS')")
class GeraiStafController {

  private static final String AKSI = "{aksi:tutup|nonaktifkan|aktifkan}";
  private static final Map<String, GeraiStatus> TUJUAN =
      Map.of(
          "tutup", GeraiStatus.TUTUP,
          "nonaktifkan", GeraiStatus.NONAKTIF,
          "aktifkan", GeraiStatus.AKTIF);

  private final GeraiService gerai;
  private final PilihanWilayah pilihan;

  GeraiStafController(GeraiService gerai, PilihanWilayah pilihan) {
    this.gerai = gerai;
    this.pilihan = pilihan;
  }

  @GetMapping("/baru")
  public String baru(Cakupan cakupan, Model model) {
    model.addAttribute("geraiForm", new GeraiForm());
    return formulir(null, cakupan, model);
  }

  @PostMapping("/baru")
  public String buka(
      @Valid @ModelAttribute("geraiForm") GeraiForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    if (!hasil.hasErrors()) {
      try {
        long id = gerai.buka(form.data(), cakupan, principal.getName());
        return berhasil(id, "gerai.pesan.dibuka", redirect);
      } catch (GeraiDitolak e) {
        tolak(hasil, e);
      }
    }
    return formulir(null, cakupan, model);
  }

  @GetMapping("/{id}/ubah")
  public String ubah(@PathVariable long id, Cakupan cakupan, Model model) {
    GeraiDetail g = gerai.ambil(id, cakupan);
    model.addAttribute("geraiForm", GeraiForm.dari(g));
    return formulir(g, cakupan, model);
  }

  @PostMapping("/{id}/ubah")
  public String simpan(
      @PathVariable long id,
      @Valid @ModelAttribute("geraiForm") GeraiForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Model model,
      RedirectAttributes redirect) {
    GeraiDetail g = gerai.ambil(id, cakupan);
    if (!hasil.hasErrors()) {
      try {
        gerai.ubah(id, form.getVersi(), form.data(), cakupan);
        return berhasil(id, "gerai.pesan.diubah", redirect);
      } catch (GeraiDitolak e) {
        tolak(hasil, e);
      }
    }
    return formulir(g, cakupan, model);
  }

  @GetMapping("/{id}/" + AKSI)
  public String status(
      @PathVariable long id, @PathVariable String aksi, Cakupan cakupan, Model model) {
    model.addAttribute("statusForm", new StatusForm());
    return halamanStatus(gerai.ambil(id, cakupan), aksi, model);
  }

  @PostMapping("/{id}/" + AKSI)
  public String ubahStatus(
      @PathVariable long id,
      @PathVariable String aksi,
      @Valid @ModelAttribute("statusForm") StatusForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    GeraiDetail g = gerai.ambil(id, cakupan);
    if (!hasil.hasErrors()) {
      try {
        PerubahanStatus p =
            new PerubahanStatus(TUJUAN.get(aksi), form.getTanggal(), form.getAlasan());
        gerai.ubahStatus(id, p, cakupan, principal.getName());
        return berhasil(id, "gerai.pesan." + aksi, redirect);
      } catch (GeraiDitolak e) {
        tolak(hasil, e);
      }
    }
    return halamanStatus(g, aksi, model);
  }

  private String formulir(GeraiDetail g, Cakupan cakupan, Model model) {
    model.addAttribute("gerai", g);
    model.addAttribute("semuaJenis", GeraiJenis.values());
    model.addAttribute("kelompokWilayah", pilihan.untukForm(cakupan));
    return "gerai/form";
  }

  private static String halamanStatus(GeraiDetail g, String aksi, Model model) {
    model.addAttribute("gerai", g);
    model.addAttribute("aksi", aksi);
    return "gerai/status";
  }

  private static String berhasil(long id, String pesan, RedirectAttributes redirect) {
    redirect.addFlashAttribute("pesan", pesan);
    return "redirect:/gerai/" + id;
  }

  /** A refused rule shows beside its field, or above the form when it concerns the whole. */
  private static void tolak(BindingResult hasil, GeraiDitolak e) {
    if (e.bidang() != null && hasil.getFieldType(e.bidang()) != null) {
      hasil.rejectValue(e.bidang(), e.kodePesan(), e.argumen(), null);
    } else {
      hasil.reject(e.kodePesan(), e.argumen(), null);
    }
  }
}

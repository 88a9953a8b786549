package id.gerai.akun.web;

import id.gerai.akun.AkunService;
import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.TokenAksesService;
import id.gerai.shared.GalatBerpesan;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Every signed-in user's own page: profile, password, personal access tokens. */
@Controller
@RequestMapping("/akun/saya")
class AkunSayaController {

  private static final String BERHASIL = "berhasil";
  private static final String KE_SAYA = "redirect:/akun/saya";

  private final AkunService akun;
  private final TokenAksesService token;
  private final ModelAkun isi;

  AkunSayaController(AkunService akun, TokenAksesService token, ModelAkun isi) {
    this.akun = akun;
    this.token = token;
    this.isi = isi;
  }

  @GetMapping
  String saya(@AuthenticationPrincipal PenggunaGerai saya, Model model) {
    model.addAttribute("sandiForm", new SandiForm());
    model.addAttribute("tokenForm", new TokenForm());
    return halaman(saya, model);
  }

  @PostMapping("/sandi")
  String gantiSandi(
      @Valid @ModelAttribute("sandiForm") SandiForm form,
      BindingResult hasil,
      @AuthenticationPrincipal PenggunaGerai saya,
      Model model,
      RedirectAttributes ra) {
    if (!hasil.hasErrors() && !form.ulanganSama()) {
      hasil.rejectValue("ulangi", "akun.sandi.tidak-sama");
    }
    if (!hasil.hasErrors()) {
      try {
        akun.gantiSandiSendiri(saya.akunId(), form.getLama(), form.getBaru());
        ra.addFlashAttribute(BERHASIL, "akun.berhasil.sandi");
        return KE_SAYA;
      } catch (GalatBerpesan e) {
        GalatIsian.tolakSandi(hasil, e);
      }
    }
    model.addAttribute("tokenForm", new TokenForm());
    return halaman(saya, model);
  }

  /** The secret goes straight into this answer, once; only its hash is kept. */
  @PostMapping("/token")
  String buatToken(
      @Valid @ModelAttribute("tokenForm") TokenForm form,
      BindingResult hasil,
      @AuthenticationPrincipal PenggunaGerai saya,
      Model model) {
    if (!hasil.hasErrors()) {
      try {
        model.addAttribute("rahasia", token.buat(saya.akunId(), form.getNama()));
        model.addAttribute("namaToken", form.getNama().trim());
        model.addAttribute(
            "contohUrl",
            ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/akun/saya")
                .toUriString());
        return "akun/token-dibuat";
      } catch (GalatBerpesan e) {
        GalatIsian.tempel(hasil, e, "nama");
      }
    }
    model.addAttribute("sandiForm", new SandiForm());
    return halaman(saya, model);
  }

  @PostMapping("/token/{id}/cabut")
  String cabutToken(
      @PathVariable long id, @AuthenticationPrincipal PenggunaGerai saya, RedirectAttributes ra) {
    token.cabut(saya.akunId(), id);
    ra.addFlashAttribute(BERHASIL, "akun.berhasil.token-dicabut");
    return KE_SAYA;
  }

  private String halaman(PenggunaGerai saya, Model model) {
    isi.akun(model, akun.ambil(saya.akunId()));
    model.addAttribute("token", token.daftar(saya.akunId()));
    return "akun/saya";
  }
}

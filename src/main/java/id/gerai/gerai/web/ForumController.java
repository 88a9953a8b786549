package id.gerai.gerai.web;

import id.gerai.gerai.ForumService;
import id.gerai.gerai.Jabatan;
import id.gerai.gerai.PengurusProperties;
import id.gerai.gerai.PengurusService;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.berkas.BerkasDitolak;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum page: its decrees (with their PDFs) and officers, open to every signed-in user; Dinkop
 * staff and forum officers keep its structure, Dinkop staff form it where there is none.
 */
@Controller
@RequestMapping("/forum")
class ForumController {

  private static final String HALAMAN = "forum/forum";
  private static final String KEMBALI = "redirect:/forum";

  private final ForumService forum;
  private final PengurusService pengurus;
  private final PengurusProperties properties;

  ForumController(ForumService forum, PengurusService pengurus, PengurusProperties properties) {
    this.forum = forum;
    this.pengurus = pengurus;
    this.properties = properties;
  }

  @GetMapping
  String tampil(Authentication auth, Model model) {
    PengurusForm form = new PengurusForm();
    form.setMulai(pengurus.hariIni());
    model.addAttribute("form", form);
    model.addAttribute("forumForm", new ForumForm());
    return halaman(auth, model);
  }

  @PostMapping
  @PreAuthorize(PengurusWeb.STAF)
  String bentuk(
      @Valid @ModelAttribute("forumForm") ForumForm form,
      BindingResult hasil,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    if (hasil.hasErrors()) {
      model.addAttribute("form", new PengurusForm());
      return halaman(auth, model);
    }
    try {
      forum.bentuk(form.perintah());
      flash.addFlashAttribute("pesan", "forum.dibentuk");
    } catch (MasukanTidakSah e) {
      PengurusWeb.galat(flash, e);
    }
    return KEMBALI;
  }

  @PostMapping("/pengurus")
  @PreAuthorize(PengurusWeb.PENGELOLA_FORUM)
  String angkat(
      @Valid @ModelAttribute("form") PengurusForm form,
      BindingResult hasil,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    form.periksa(hasil, properties);
    if (!hasil.hasErrors()) {
      try {
        forum.angkat(form.perintah());
        flash.addFlashAttribute("pesan", "pengurus.diangkat");
        return KEMBALI;
      } catch (BerkasDitolak e) {
        hasil.rejectValue("berkas", e.kodePesan(), e.argumen(), null);
      }
    }
    model.addAttribute("forumForm", new ForumForm());
    return halaman(auth, model);
  }

  @PostMapping("/pengurus/{pengurusId}/akhiri")
  @PreAuthorize(PengurusWeb.PENGELOLA_FORUM)
  String akhiri(
      @PathVariable long pengurusId,
      @RequestParam(name = "selesai", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate selesai,
      RedirectAttributes flash) {
    try {
      forum.akhiri(pengurusId, selesai == null ? pengurus.hariIni() : selesai);
      flash.addFlashAttribute("pesan", "pengurus.diakhiri");
    } catch (MasukanTidakSah e) {
      PengurusWeb.galat(flash, e);
    }
    return KEMBALI;
  }

  @PostMapping("/sk/{skId}/berkas")
  @PreAuthorize(PengurusWeb.PENGELOLA_FORUM)
  String lampirkan(
      @PathVariable long skId,
      @RequestParam(name = "berkas", required = false) MultipartFile berkas,
      RedirectAttributes flash) {
    try {
      forum.lampirkanBerkas(skId, PengurusWeb.unggahan(berkas));
      flash.addFlashAttribute("pesan", "sk.berkas.dilampirkan");
    } catch (MasukanTidakSah e) {
      PengurusWeb.galat(flash, e);
    }
    return KEMBALI;
  }

  private String halaman(Authentication auth, Model model) {
    model.addAttribute("data", forum.susunan(PengurusWeb.dinas(auth)).orElse(null));
    model.addAttribute("hariIni", pengurus.hariIni());
    model.addAttribute("bolehUbah", PengurusWeb.pengelolaForum(auth));
    model.addAttribute("bolehBentuk", PengurusWeb.dinas(auth));
    model.addAttribute("daftarJabatan", Jabatan.values());
    model.addAttribute("berkasMaks", properties.berkasMaks().toBytes());
    model.addAttribute("berkasMaksTeks", properties.berkasMaksTeks());
    return HALAMAN;
  }
}

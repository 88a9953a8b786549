package id.gerai.gerai.web;

import id.gerai.gerai.Jabatan;
import id.gerai.gerai.PengurusProperties;
import id.gerai.gerai.PengurusService;
import id.gerai.shared.Cakupan;
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
 * A gerai's officers page: current and past terms, what is missing, and for Dinkop staff the forms
 * to appoint an officer, end a term and attach a decree's PDF.
 */
@Controller
@RequestMapping("/gerai/{id}/pengurus")
class PengurusController {

  private static final String HALAMAN = "gerai/pengurus";

  private final PengurusService pengurus;
  private final PengurusProperties properties;

  PengurusController(PengurusService pengurus, PengurusProperties properties) {
    this.pengurus = pengurus;
    this.properties = properties;
  }

  @GetMapping
  String tampil(@PathVariable long id, Cakupan cakupan, Authentication auth, Model model) {
    PengurusForm form = new PengurusForm();
    form.setMulai(pengurus.hariIni());
    model.addAttribute("form", form);
    return halaman(id, cakupan, auth, model);
  }

  @PostMapping
  @PreAuthorize(PengurusWeb.STAF)
  String angkat(
      @PathVariable long id,
      @Valid @ModelAttribute("form") PengurusForm form,
      BindingResult hasil,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    form.periksa(hasil, properties);
    if (!hasil.hasErrors()) {
      try {
        pengurus.angkatDiGerai(id, form.perintah(), cakupan);
        flash.addFlashAttribute("pesan", "pengurus.diangkat");
        return "redirect:/gerai/" + id + "/pengurus";
      } catch (BerkasDitolak e) {
        hasil.rejectValue("berkas", e.kodePesan(), e.argumen(), null);
      }
    }
    return halaman(id, cakupan, auth, model);
  }

  @PostMapping("/{pengurusId}/akhiri")
  @PreAuthorize(PengurusWeb.STAF)
  String akhiri(
      @PathVariable long id,
      @PathVariable long pengurusId,
      @RequestParam(name = "selesai", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate selesai,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      pengurus.akhiriDiGerai(
          id, pengurusId, selesai == null ? pengurus.hariIni() : selesai, cakupan);
      flash.addFlashAttribute("pesan", "pengurus.diakhiri");
    } catch (MasukanTidakSah e) {
      PengurusWeb.galat(flash, e);
    }
    return "redirect:/gerai/" + id + "/pengurus";
  }

  @PostMapping("/sk/{skId}/berkas")
  @PreAuthorize(PengurusWeb.STAF)
  String lampirkan(
      @PathVariable long id,
      @PathVariable long skId,
      @RequestParam(name = "berkas", required = false) MultipartFile berkas,
      Cakupan cakupan,
      RedirectAttributes flash) {
    try {
      pengurus.lampirkanBerkasDiGerai(id, skId, PengurusWeb.unggahan(berkas), cakupan);
      flash.addFlashAttribute("pesan", "sk.berkas.dilampirkan");
    } catch (MasukanTidakSah e) {
      PengurusWeb.galat(flash, e);
    }
    return "redirect:/gerai/" + id + "/pengurus";
  }

  private String halaman(long id, Cakupan cakupan, Authentication auth, Model model) {
    model.addAttribute("data", pengurus.untukGerai(id, cakupan, PengurusWeb.dinas(auth)));
    model.addAttribute("hariIni", pengurus.hariIni());
    model.addAttribute("bolehUbah", PengurusWeb.dinas(auth));
    model.addAttribute("daftarJabatan", Jabatan.values());
    model.addAttribute("berkasMaks", properties.berkasMaks().toBytes());
    model.addAttribute("berkasMaksTeks", properties.berkasMaksTeks());
    return HALAMAN;
  }
}

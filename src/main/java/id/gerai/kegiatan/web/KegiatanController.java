package id.gerai.kegiatan.web;

import id.gerai.kegiatan.KegiatanDetail;
import id.gerai.kegiatan.KegiatanJenis;
import id.gerai.kegiatan.KegiatanRingkas;
import id.gerai.kegiatan.KegiatanService;
import id.gerai.kegiatan.PesertaPeran;
import id.gerai.kegiatan.PesertaService;
import id.gerai.kegiatan.SaringKegiatan;
import id.gerai.shared.Cakupan;
import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.TidakDitemukan;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar (month and list views), the activity page, and the new and edit forms. */
@Controller
class KegiatanController {

  private final KegiatanService kegiatan;
  private final PesertaService peserta;
  private final MessageSource pesan;

  KegiatanController(KegiatanService kegiatan, PesertaService peserta, MessageSource pesan) {
    this.kegiatan = kegiatan;
    this.peserta = peserta;
    this.pesan = pesan;
  }

  @GetMapping("/kegiatan")
  String kalender(
      @RequestParam(required = false) String bulan,
      @RequestParam(required = false) KegiatanJenis jenis,
      @RequestParam(required = false) Long gerai,
      @RequestParam(defaultValue = "bulan") String tampilan,
      Cakupan cakupan,
      Model model) {
    YearMonth b = bulan(bulan);
    List<KegiatanRingkas> isi =
        kegiatan
            .cari(
                new SaringKegiatan(b.atDay(1), b.atEndOfMonth(), jenis, gerai, null, 0, 200),
                cakupan)
            .isi();
    model.addAttribute("bulan", b);
    model.addAttribute("jenis", jenis);
    model.addAttribute("gerai", gerai);
    model.addAttribute("tampilan", "daftar".equals(tampilan) ? "daftar" : "bulan");
    model.addAttribute("daftar", isi);
    model.addAttribute("kalender", Kalender.susun(b, isi));
    model.addAttribute("semuaJenis", KegiatanJenis.values());
    return "kegiatan/kalender";
  }

  @GetMapping("/kegiatan/baru")
  String baru(Model model) {
    model.addAttribute("kegiatanForm", new KegiatanForm());
    return form(model, null);
  }

  @PostMapping("/kegiatan/baru")
  String buat(
      @ModelAttribute("kegiatanForm") KegiatanForm form,
      Cakupan cakupan,
      Model model,
      RedirectAttributes flash) {
    try {
      long id = kegiatan.buat(form.perintah(), cakupan);
      flash.addFlashAttribute("pesan", "kegiatan.tersimpan");
      return "redirect:/kegiatan/" + id;
    } catch (GalatBerpesan e) {
      if (e instanceof TidakDitemukan) {
        throw e;
      }
      model.addAttribute("galat", PesanGalat.teks(pesan, e));
      return form(model, null);
    }
  }

  @GetMapping("/kegiatan/{id}")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    KegiatanDetail d = kegiatan.ambil(id, cakupan);
    model.addAttribute("k", d);
    model.addAttribute("peserta", peserta.daftar(id, cakupan));
    model.addAttribute("semuaPeran", PesertaPeran.values());
    return "kegiatan/tampil";
  }

  @GetMapping("/kegiatan/{id}/ubah")
  String ubahForm(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("kegiatanForm", KegiatanForm.dari(kegiatan.ambil(id, cakupan)));
    return form(model, id);
  }

  @PostMapping("/kegiatan/{id}/ubah")
  String ubah(
      @PathVariable long id,
      @ModelAttribute("kegiatanForm") KegiatanForm form,
      Cakupan cakupan,
      Model model,
      RedirectAttributes flash) {
    try {
      kegiatan.ubah(id, form.perintah(), cakupan);
      flash.addFlashAttribute("pesan", "kegiatan.tersimpan");
      return "redirect:/kegiatan/" + id;
    } catch (GalatBerpesan e) {
      if (e instanceof TidakDitemukan) {
        throw e;
      }
      model.addAttribute("galat", PesanGalat.teks(pesan, e));
      return form(model, id);
    }
  }

  /** The activities a business took part in: a section of the business's page. */
  @GetMapping("/kegiatan/usaha/{usahaId}")
  String untukUsaha(@PathVariable long usahaId, Cakupan cakupan, Model model) {
    model.addAttribute("daftar", kegiatan.untukUsaha(usahaId, cakupan));
    return "kegiatan/usaha :: daftar";
  }

  private String form(Model model, Long id) {
    model.addAttribute("kegiatanId", id);
    model.addAttribute("semuaJenis", KegiatanJenis.values());
    return "kegiatan/form";
  }

  private static YearMonth bulan(String teks) {
    if (teks == null || teks.isBlank()) {
      return YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"));
    }
    try {
      return YearMonth.parse(teks.strip());
    } catch (DateTimeParseException e) {
      throw new id.gerai.shared.MasukanTidakSah("kegiatan.bulan.tidak-sah", teks);
    }
  }
}

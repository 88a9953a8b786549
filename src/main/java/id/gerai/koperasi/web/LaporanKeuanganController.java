package id.gerai.koperasi.web;

import id.gerai.koperasi.KesehatanKoperasi;
import id.gerai.koperasi.LaporanKeuangan;
import id.gerai.koperasi.LaporanKeuanganGalat;
import id.gerai.koperasi.LaporanKeuanganPos;
import id.gerai.koperasi.LaporanKeuanganService;
import id.gerai.koperasi.LaporanKeuanganTidakSah;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statements form of a cooperative's fiscal year. Every figure is text, read as Indonesians
 * write amounts, so that any problem is reported next to its field; a blank field is unknown.
 */
@Controller
class LaporanKeuanganController {

  private static final String HALAMAN = "koperasi/kesehatan/laporan";

  private final LaporanKeuanganService laporan;
  private final KesehatanFormat format;
  private final MessageSource pesan;

  LaporanKeuanganController(
      LaporanKeuanganService laporan, KesehatanFormat format, MessageSource pesan) {
    this.laporan = laporan;
    this.format = format;
    this.pesan = pesan;
  }

  /** The year picker of the history page lands here. */
  @GetMapping("/koperasi/{id}/keuangan")
  String pilihTahun(@PathVariable long id, @RequestParam(required = false) String tahun) {
    if (tahun != null && tahun.strip().matches("\\d{4}")) {
      return "redirect:/koperasi/" + id + "/keuangan/" + tahun.strip();
    }
    return "redirect:/koperasi/" + id + "/kesehatan";
  }

  @GetMapping("/koperasi/{id}/keuangan/{tahun}")
  String tampil(
      @PathVariable long id,
      @PathVariable int tahun,
      Cakupan cakupan,
      Authentication auth,
      Model model) {
    Optional<LaporanKeuangan> ada = laporan.baca(id, tahun, cakupan);
    Map<String, String> isian = new LinkedHashMap<>();
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      isian.put(p.kode(), ada.map(l -> format.angka(l.angka(p))).orElse(""));
    }
    return halaman(id, tahun, cakupan, auth, model, ada.orElse(null), isian, Map.of(), null);
  }

  @PostMapping("/koperasi/{id}/keuangan/{tahun}")
  @PreAuthorize(LaporanKeuanganService.BOLEH_CATAT)
  String catat(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestParam Map<String, String> form,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> isian = new LinkedHashMap<>();
    Map<String, BigDecimal> angka = new LinkedHashMap<>();
    Map<String, String> galat = new LinkedHashMap<>();
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      String teks = form.getOrDefault(p.kode(), "");
      isian.put(p.kode(), teks);
      if (teks.isBlank()) {
        angka.put(p.kode(), null);
      } else {
        Optional<BigDecimal> v = KesehatanFormat.baca(teks);
        v.ifPresent(x -> angka.put(p.kode(), x));
        if (v.isEmpty()) {
          galat.put(
              p.kode(),
              teks(
                  new LaporanKeuanganGalat(p.kode(), "koperasi.kesehatan.galat.bukan-angka"),
                  locale));
        }
      }
    }
    String umum = null;
    if (galat.isEmpty()) {
      try {
        laporan.catat(id, tahun, angka, cakupan, LaporanKeuanganWeb.pencatat(auth));
        flash.addFlashAttribute("pesan", "koperasi.kesehatan.laporan.tersimpan");
        return "redirect:/koperasi/" + id + "/kesehatan/" + tahun;
      } catch (LaporanKeuanganTidakSah e) {
        e.galat().forEach(g -> galat.putIfAbsent(g.pos(), teks(g, locale)));
      } catch (MasukanTidakSah e) {
        umum = pesan.getMessage(e.kodePesan(), e.argumen(), locale);
      }
    }
    LaporanKeuangan ada = laporan.baca(id, tahun, cakupan).orElse(null);
    return halaman(id, tahun, cakupan, auth, model, ada, isian, galat, umum);
  }

  @PostMapping("/koperasi/{id}/keuangan/{tahun}/verifikasi")
  @PreAuthorize(LaporanKeuanganService.BOLEH_VERIFIKASI)
  String verifikasi(
      @PathVariable long id,
      @PathVariable int tahun,
      Cakupan cakupan,
      Authentication auth,
      RedirectAttributes flash) {
    laporan.verifikasi(id, tahun, cakupan, auth.getName());
    flash.addFlashAttribute("pesan", "koperasi.kesehatan.laporan.terverifikasi");
    return "redirect:/koperasi/" + id + "/kesehatan/" + tahun;
  }

  private String teks(LaporanKeuanganGalat g, Locale locale) {
    return pesan.getMessage(
        g.kodePesan(), LaporanKeuanganTeks.argumen(g, pesan, locale), g.kodePesan(), locale);
  }

  private String halaman(
      long id,
      int tahun,
      Cakupan cakupan,
      Authentication auth,
      Model model,
      LaporanKeuangan ada,
      Map<String, String> isian,
      Map<String, String> galat,
      String umum) {
    KesehatanKoperasi k = laporan.koperasi(id, cakupan);
    model.addAttribute("koperasi", k);
    model.addAttribute("tahun", tahun);
    model.addAttribute("laporan", ada);
    model.addAttribute("isian", isian);
    model.addAttribute("galat", galat);
    model.addAttribute("galatUmum", umum);
    model.addAttribute("kelompok", LaporanKeuanganPos.Kelompok.values());
    model.addAttribute("pos", List.of(LaporanKeuanganPos.values()));
    model.addAttribute("bolehCatat", LaporanKeuanganWeb.bolehCatat(auth));
    model.addAttribute("staf", LaporanKeuanganWeb.staf(auth));
    return HALAMAN;
  }
}

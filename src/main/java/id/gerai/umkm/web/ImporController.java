package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.shared.web.JawabanBerkas;
import id.gerai.umkm.ImporBerkas;
import id.gerai.umkm.ImporKolomKurang;
import id.gerai.umkm.ImporLaporan;
import id.gerai.umkm.ImporLatar;
import id.gerai.umkm.ImporService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /umkm/impor}: upload a register file, map unknown headers when required columns are
 * missing, preview its errors by row and column, save the valid rows, download the refused ones.
 * The upload waits in a temp file known by a random token kept in the session, with its header
 * mapping. A large file is checked and saved in the background ({@link ImporLatar}) while the page
 * shows its progress.
 */
@Controller
class ImporController {

  static final String TOKEN = "impor.token";
  static final String PETA = "impor.peta";
  static final String TOLAKAN = "impor.tolakan";

  private final ImporService impor;
  private final ImporLatar latar;
  private final ImporTeks teks;
  private final ImporTolakanCsv tolakanCsv;
  private final long barisLatar;

  ImporController(
      ImporService impor,
      ImporLatar latar,
      ImporTeks teks,
      ImporTolakanCsv tolakanCsv,
      @Value("${gerai.impor.baris-latar:5000}") long barisLatar) {
    this.impor = impor;
    this.latar = latar;
    this.teks = teks;
    this.tolakanCsv = tolakanCsv;
    this.barisLatar = barisLatar;
  }

  @GetMapping("/umkm/impor")
  @PreAuthorize(ImporService.PENGIMPOR)
  String formulir() {
    return "umkm/impor";
  }

  @GetMapping("/umkm/impor/templat.csv")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> templat() {
    return JawabanBerkas.lampiran(
        "templat-impor-umkm.csv", JawabanBerkas.CSV, ImporService.templatCsv());
  }

  @GetMapping("/umkm/impor/templat.xlsx")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> templatXlsx() {
    return JawabanBerkas.lampiran(
        "templat-impor-umkm.xlsx", JawabanBerkas.XLSX, ImporService.templatXlsx());
  }

  @PostMapping("/umkm/impor")
  @PreAuthorize(ImporService.PENGIMPOR)
  String periksa(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Cakupan cakupan,
      HttpSession sesi,
      Model model,
      Locale locale)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return galat(model, "impor.berkas.kosong", new Object[0]);
    }
    String token;
    try (InputStream isi = file.getInputStream()) {
      token = impor.simpanSementara(isi, file.getOriginalFilename());
    }
    gantiToken(sesi, token);
    return periksa(token, Map.of(), cakupan, model, locale);
  }

  /** The mapping step's answer: each unknown header with the column chosen for it (or none). */
  @PostMapping("/umkm/impor/peta")
  @PreAuthorize(ImporService.PENGIMPOR)
  String petakan(
      @RequestParam String token,
      @RequestParam(name = "kepala", required = false) java.util.List<String> kepala,
      @RequestParam(name = "kolom", required = false) java.util.List<String> kolom,
      Cakupan cakupan,
      HttpSession sesi,
      Model model,
      Locale locale) {
    pastikanToken(sesi, token);
    Map<String, String> peta = ImporPeta.dari(kepala, kolom);
    sesi.setAttribute(PETA, peta);
    return periksa(token, peta, cakupan, model, locale);
  }

  @PostMapping("/umkm/impor/simpan")
  @PreAuthorize(ImporService.PENGIMPOR)
  String simpan(
      @RequestParam String token, Cakupan cakupan, HttpSession sesi, Model model, Locale locale) {
    pastikanToken(sesi, token);
    ImporBerkas berkas = berkas(token);
    if (impor.perkiraanBaris(berkas) > barisLatar) {
      return "redirect:/umkm/impor/tugas/"
          + latar.mulai(ImporLatar.Tahap.SIMPAN, token, cakupan, peta(sesi));
    }
    ImporLaporan l =
        impor.simpan(berkas, cakupan, peta(sesi), id.gerai.umkm.ImporKemajuan.tanpaPerkiraan());
    return hasil(l, token, cakupan, sesi, model, locale);
  }

  /** A background job's page: its progress while it runs, then the preview, result or error. */
  @GetMapping("/umkm/impor/tugas/{id}")
  @PreAuthorize(ImporService.PENGIMPOR)
  String tugas(
      @PathVariable String id, Cakupan cakupan, HttpSession sesi, Model model, Locale locale) {
    ImporLatar.Keadaan k = keadaan(id);
    if (!k.selesai()) {
      model.addAttribute("tugas", k);
      return "umkm/impor-kemajuan";
    }
    if (k.galat() != null) {
      return galat(model, k.galat(), k.galatArgumen());
    }
    if (k.tahap() == ImporLatar.Tahap.PERIKSA) {
      return pratinjau(k.laporan(), k.token(), model, locale);
    }
    return hasil(k.laporan(), k.token(), cakupan, sesi, model, locale);
  }

  /** The progress bar alone, polled by htmx; when the job is done, htmx is sent to its page. */
  @GetMapping("/umkm/impor/tugas/{id}/kemajuan")
  @PreAuthorize(ImporService.PENGIMPOR)
  String kemajuan(@PathVariable String id, Model model, HttpServletResponse jawaban) {
    ImporLatar.Keadaan k = keadaan(id);
    model.addAttribute("tugas", k);
    if (k.selesai()) {
      jawaban.setHeader("HX-Redirect", "/umkm/impor/tugas/" + k.id());
    }
    return "umkm/impor-kemajuan :: batang";
  }

  @GetMapping("/umkm/impor/tolakan.csv")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> tolakan(HttpSession sesi) throws IOException {
    ImporBerkas b =
        impor
            .sementara((String) sesi.getAttribute(TOLAKAN))
            .orElseThrow(() -> new TidakDitemukan("impor.token-tidak-ada"));
    return JawabanBerkas.lampiran(
        "baris-ditolak.csv", JawabanBerkas.CSV, Files.readAllBytes(b.path()));
  }

  private String periksa(
      String token, Map<String, String> peta, Cakupan cakupan, Model model, Locale locale) {
    ImporBerkas berkas = berkas(token);
    try {
      if (impor.perkiraanBaris(berkas) > barisLatar) {
        return "redirect:/umkm/impor/tugas/"
            + latar.mulai(ImporLatar.Tahap.PERIKSA, token, cakupan, peta);
      }
      ImporLaporan l =
          impor.periksa(berkas, cakupan, peta, id.gerai.umkm.ImporKemajuan.tanpaPerkiraan());
      return pratinjau(l, token, model, locale);
    } catch (ImporKolomKurang e) {
      if (e.takDikenal().isEmpty()) {
        return galat(model, e.kodePesan(), e.argumen());
      }
      model.addAttribute("token", token);
      model.addAttribute("kurang", e);
      model.addAttribute("pilihan", ImporPeta.pilihan());
      model.addAttribute("galat", e.kodePesan());
      model.addAttribute("galatArgumen", e.argumen());
      return "umkm/impor-peta";
    } catch (MasukanTidakSah e) {
      return galat(model, e.kodePesan(), e.argumen());
    }
  }

  private String pratinjau(ImporLaporan l, String token, Model model, Locale locale) {
    model.addAttribute("laporan", teks.laporan(l, locale));
    model.addAttribute("token", token);
    return "umkm/impor-pratinjau";
  }

  /** After a save: the refused rows kept for download, the upload and its mapping forgotten. */
  private String hasil(
      ImporLaporan l, String token, Cakupan cakupan, HttpSession sesi, Model model, Locale locale) {
    if (token.equals(sesi.getAttribute(TOKEN))) {
      if (l.ditolak() > 0) {
        impor
            .sementara(token)
            .ifPresent(
                berkas -> {
                  byte[] csv = tolakanCsv.tulis(berkas, cakupan, peta(sesi), locale);
                  sesi.setAttribute(
                      TOLAKAN, impor.simpanSementara(new ByteArrayInputStream(csv), "t.csv"));
                });
      }
      impor.hapusSementara(token);
      sesi.removeAttribute(TOKEN);
      sesi.removeAttribute(PETA);
    }
    model.addAttribute("laporan", teks.laporan(l, locale));
    return "umkm/impor-hasil";
  }

  private ImporLatar.Keadaan keadaan(String id) {
    return latar.keadaan(id).orElseThrow(() -> new TidakDitemukan("impor.tugas-tidak-ada"));
  }

  private static String galat(Model model, String kunci, Object[] argumen) {
    model.addAttribute("galat", kunci);
    model.addAttribute("galatArgumen", argumen);
    return "umkm/impor";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> peta(HttpSession sesi) {
    Object p = sesi.getAttribute(PETA);
    return p instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
  }

  private static void pastikanToken(HttpSession sesi, String token) {
    if (!token.equals(sesi.getAttribute(TOKEN))) {
      throw new MasukanTidakSah("impor.token-tidak-ada");
    }
  }

  private ImporBerkas berkas(String token) {
    return impor.sementara(token).orElseThrow(() -> new MasukanTidakSah("impor.token-tidak-ada"));
  }

  private void gantiToken(HttpSession sesi, String token) {
    Object lama = sesi.getAttribute(TOKEN);
    if (lama instanceof String t) {
      impor.hapusSementara(t);
    }
    sesi.setAttribute(TOKEN, token);
    sesi.removeAttribute(PETA);
  }
}

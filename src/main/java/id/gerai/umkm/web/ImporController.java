package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.umkm.ImporBerkas;
import id.gerai.umkm.ImporLaporan;
import id.gerai.umkm.ImporService;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /umkm/impor}: upload a register file, preview its errors by row and column, save the valid
 * rows, download the refused ones. The upload waits in a temp file known by a random token kept in
 * the session.
 */
@Controller
class ImporController {

  static final String TOKEN = "impor.token";
  static final String TOLAKAN = "impor.tolakan";

  private final ImporService impor;
  private final ImporTeks teks;
  private final ImporTolakanCsv tolakanCsv;

  ImporController(ImporService impor, ImporTeks teks, ImporTolakanCsv tolakanCsv) {
    this.impor = impor;
    this.teks = teks;
    this.tolakanCsv = tolakanCsv;
  }

  @GetMapping("/umkm/impor")
  @PreAuthorize(ImporService.PENGIMPOR)
  String formulir() {
    return "umkm/impor";
  }

  @GetMapping("/umkm/impor/templat.csv")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> templat() {
    return ImporUnduhan.csv("templat-impor-umkm.csv", ImporService.templatCsv());
  }

  @GetMapping("/umkm/impor/templat.xlsx")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> templatXlsx() {
    return ImporUnduhan.unduh(
        "templat-impor-umkm.xlsx", ImporUnduhan.XLSX, ImporService.templatXlsx());
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
      model.addAttribute("galat", "impor.berkas.kosong");
      model.addAttribute("galatArgumen", new Object[0]);
      return "umkm/impor";
    }
    String token;
    try (InputStream isi = file.getInputStream()) {
      token = impor.simpanSementara(isi, file.getOriginalFilename());
    }
    gantiToken(sesi, token);
    try {
      ImporLaporan l = impor.periksa(berkas(token), cakupan);
      model.addAttribute("laporan", teks.laporan(l, locale));
      model.addAttribute("token", token);
      return "umkm/impor-pratinjau";
    } catch (MasukanTidakSah e) {
      model.addAttribute("galat", e.kodePesan());
      model.addAttribute("galatArgumen", e.argumen());
      return "umkm/impor";
    }
  }

  @PostMapping("/umkm/impor/simpan")
  @PreAuthorize(ImporService.PENGIMPOR)
  String simpan(
      @RequestParam String token, Cakupan cakupan, HttpSession sesi, Model model, Locale locale) {
    if (!token.equals(sesi.getAttribute(TOKEN))) {
      throw new MasukanTidakSah("impor.token-tidak-ada");
    }
    ImporBerkas berkas = berkas(token);
    ImporLaporan l = impor.simpan(berkas, cakupan);
    if (l.ditolak() > 0) {
      byte[] csv = tolakanCsv.tulis(berkas, cakupan, locale);
      sesi.setAttribute(TOLAKAN, impor.simpanSementara(new ByteArrayInputStream(csv), "t.csv"));
    }
    impor.hapusSementara(token);
    sesi.removeAttribute(TOKEN);
    model.addAttribute("laporan", teks.laporan(l, locale));
    return "umkm/impor-hasil";
  }

  @GetMapping("/umkm/impor/tolakan.csv")
  @PreAuthorize(ImporService.PENGIMPOR)
  ResponseEntity<byte[]> tolakan(HttpSession sesi) throws IOException {
    ImporBerkas b =
        impor
            .sementara((String) sesi.getAttribute(TOLAKAN))
            .orElseThrow(() -> new TidakDitemukan("impor.token-tidak-ada"));
    return ImporUnduhan.csv("baris-ditolak.csv", Files.readAllBytes(b.path()));
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
  }
}

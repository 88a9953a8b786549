package id.gerai.koperasi.web;

import id.gerai.koperasi.RubrikService;
import id.gerai.koperasi.RubrikTersimpan;
import id.gerai.koperasi.RubrikTidakSah;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rubric versions: the list with each version's file to download, and for an administrator the
 * upload that checks a new version's file and publishes it.
 */
@Controller
class RubrikController {

  private static final String HALAMAN = "koperasi/kesehatan/rubrik";
  private static final long UKURAN_MAKS = 512 * 1024;

  private final RubrikService rubrik;
  private final MessageSource pesan;

  RubrikController(RubrikService rubrik, MessageSource pesan) {
    this.rubrik = rubrik;
    this.pesan = pesan;
  }

  @GetMapping("/koperasi/kesehatan/rubrik")
  String daftar(Authentication auth, Model model) {
    return halaman(auth, model, List.of());
  }

  @GetMapping("/koperasi/kesehatan/rubrik/{id}/berkas")
  ResponseEntity<byte[]> berkas(@PathVariable long id) {
    RubrikTersimpan r =
        rubrik
            .menurutId(id)
            .orElseThrow(
                () ->
                    new TidakDitemukan(
                        "koperasi.kesehatan.rubrik.tidak-ditemukan", String.valueOf(id)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(r.kode().toLowerCase(Locale.ROOT) + ".json")
                .build()
                .toString())
        .body(rubrik.isi(id).getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/koperasi/kesehatan/rubrik")
  @PreAuthorize(RubrikService.BOLEH_TERBITKAN)
  String terbitkan(
      @RequestParam("berkas") MultipartFile berkas,
      Authentication auth,
      Model model,
      RedirectAttributes flash)
      throws IOException {
    Locale locale = LocaleContextHolder.getLocale();
    if (berkas.isEmpty() || berkas.getSize() > UKURAN_MAKS) {
      return halaman(
          auth,
          model,
          List.of(pesan.getMessage("koperasi.kesehatan.rubrik.berkas-tidak-sah", null, locale)));
    }
    try {
      RubrikTersimpan r =
          rubrik.terbitkan(new String(berkas.getBytes(), StandardCharsets.UTF_8), auth.getName());
      flash.addFlashAttribute("terbit", r.regulasi());
      return "redirect:/koperasi/kesehatan/rubrik";
    } catch (RubrikTidakSah e) {
      List<String> galat =
          e.galat().stream()
              .map(
                  g ->
                      pesan.getMessage(
                          g.kunciPesan(),
                          new Object[] {g.di(), g.rincian()},
                          g.kunciPesan(),
                          locale))
              .toList();
      return halaman(auth, model, galat);
    } catch (MasukanTidakSah e) {
      return halaman(auth, model, List.of(pesan.getMessage(e.kodePesan(), e.argumen(), locale)));
    }
  }

  private String halaman(Authentication auth, Model model, List<String> galat) {
    model.addAttribute("versi", rubrik.semua());
    model.addAttribute("admin", LaporanKeuanganWeb.admin(auth));
    model.addAttribute("galat", galat);
    return HALAMAN;
  }
}

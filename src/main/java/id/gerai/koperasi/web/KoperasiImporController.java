package id.gerai.koperasi.web;

import id.gerai.koperasi.KoperasiImporGalat;
import id.gerai.koperasi.KoperasiImporLaporan;
import id.gerai.koperasi.KoperasiImporService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.CsvSel;
import id.gerai.shared.web.JawabanBerkas;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /koperasi/impor}: the template downloads, the upload form, the preview of every row's
 * errors and warnings, the save, and the rejected rows as a CSV with an error column. Each step
 * takes the file again, so nothing is kept between requests.
 */
@Controller
class KoperasiImporController {

  private static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private final KoperasiImporService impor;
  private final MessageSource pesan;

  KoperasiImporController(KoperasiImporService impor, MessageSource pesan) {
    this.impor = impor;
    this.pesan = pesan;
  }

  @GetMapping("/koperasi/impor")
  @PreAuthorize(STAF)
  String halaman() {
    return "koperasi/impor";
  }

  @GetMapping("/koperasi/impor/templat.csv")
  ResponseEntity<byte[]> templatCsv() {
    return JawabanBerkas.lampiran(
        "templat-koperasi.csv", JawabanBerkas.CSV, KoperasiImporService.templatCsv());
  }

  @GetMapping("/koperasi/impor/templat.xlsx")
  ResponseEntity<byte[]> templatXlsx() {
    return JawabanBerkas.lampiran(
        "templat-koperasi.xlsx", JawabanBerkas.XLSX, KoperasiImporService.templatXlsx());
  }

  @PostMapping("/koperasi/impor")
  String impor(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "pratinjau") String aksi,
      Cakupan cakupan,
      Locale locale,
      Model model) {
    boolean simpan = "simpan".equals(aksi);
    KoperasiImporLaporan l =
        KoperasiImporBerkas.dengan(
            file,
            (p, xlsx) -> simpan ? impor.simpan(p, xlsx, cakupan) : impor.periksa(p, xlsx, cakupan));
    model.addAttribute("laporan", KoperasiImporApiController.laporan(l, pesan, locale));
    return "koperasi/impor";
  }

  /** The rejected rows as read, each with an added error column, UTF-8 with BOM. */
  @PostMapping("/koperasi/impor/tolakan.csv")
  ResponseEntity<byte[]> tolakan(
      @RequestParam("file") MultipartFile file, Cakupan cakupan, Locale locale) {
    KoperasiImporLaporan l =
        KoperasiImporBerkas.dengan(file, (p, x) -> impor.periksa(p, x, cakupan));
    List<CsvSel.Tolakan> baris =
        l.tolakan().stream()
            .map(
                t ->
                    new CsvSel.Tolakan(
                        t.sel(),
                        t.galat().stream()
                            .filter(g -> !g.peringatan())
                            .map(g -> teks(g, locale))
                            .collect(Collectors.joining("; "))))
            .toList();
    byte[] isi =
        CsvSel.tolakan(
            l.kepala(), pesan.getMessage("koperasi.impor.kolom-galat", null, locale), baris);
    return JawabanBerkas.lampiran("koperasi-ditolak.csv", JawabanBerkas.CSV, isi);
  }

  private String teks(KoperasiImporGalat g, Locale locale) {
    return g.kolom()
        + ": "
        + pesan.getMessage(g.kunci(), new Object[] {g.argumen()}, g.kunci(), locale);
  }
}

package id.gerai.koperasi.web;

import id.gerai.koperasi.LaporanKeuanganImporLaporan;
import id.gerai.koperasi.LaporanKeuanganImporService;
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
 * {@code /koperasi/keuangan/impor}: the template downloads, the upload form, the preview of every
 * row's errors and warnings, the save, and the rejected rows as a CSV with an error column. Each
 * step takes the file again, so nothing is kept between requests.
 */
@Controller
@PreAuthorize(LaporanKeuanganImporApiController.STAF)
class LaporanKeuanganImporController {

  private static final String HALAMAN = "koperasi/keuangan-impor";

  private final LaporanKeuanganImporService impor;
  private final MessageSource pesan;

  LaporanKeuanganImporController(LaporanKeuanganImporService impor, MessageSource pesan) {
    this.impor = impor;
    this.pesan = pesan;
  }

  @GetMapping("/koperasi/keuangan/impor")
  String halaman() {
    return HALAMAN;
  }

  @GetMapping("/koperasi/keuangan/impor/templat.csv")
  ResponseEntity<byte[]> templatCsv() {
    return JawabanBerkas.lampiran(
        "templat-laporan-keuangan.csv",
        JawabanBerkas.CSV,
        LaporanKeuanganImporService.templatCsv());
  }

  @GetMapping("/koperasi/keuangan/impor/templat.xlsx")
  ResponseEntity<byte[]> templatXlsx() {
    return JawabanBerkas.lampiran(
        "templat-laporan-keuangan.xlsx",
        JawabanBerkas.XLSX,
        LaporanKeuanganImporService.templatXlsx());
  }

  @PostMapping("/koperasi/keuangan/impor")
  String impor(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "pratinjau") String aksi,
      Cakupan cakupan,
      Locale locale,
      Model model) {
    boolean simpan = "simpan".equals(aksi);
    LaporanKeuanganImporLaporan l =
        KoperasiImporBerkas.dengan(
            file,
            (p, xlsx) -> simpan ? impor.simpan(p, xlsx, cakupan) : impor.periksa(p, xlsx, cakupan));
    model.addAttribute("laporan", LaporanKeuanganImporApiController.laporan(l, pesan, locale));
    return HALAMAN;
  }

  /** The rejected rows as read, each with an added error column, UTF-8 with BOM. */
  @PostMapping("/koperasi/keuangan/impor/tolakan.csv")
  ResponseEntity<byte[]> tolakan(
      @RequestParam("file") MultipartFile file, Cakupan cakupan, Locale locale) {
    LaporanKeuanganImporLaporan l =
        KoperasiImporBerkas.dengan(file, (p, x) -> impor.periksa(p, x, cakupan));
    List<CsvSel.Tolakan> baris =
        l.tolakan().stream()
            .map(
                t ->
                    new CsvSel.Tolakan(
                        t.sel(),
                        t.galat().stream()
                            .filter(g -> !g.peringatan())
                            .map(
                                g ->
                                    g.kolom()
                                        + ": "
                                        + LaporanKeuanganImporApiController.teks(g, pesan, locale))
                            .collect(Collectors.joining("; "))))
            .toList();
    byte[] isi =
        CsvSel.tolakan(
            l.kepala(),
            pesan.getMessage("koperasi.keuangan.impor.kolom-galat", null, locale),
            baris);
    return JawabanBerkas.lampiran("laporan-keuangan-ditolak.csv", JawabanBerkas.CSV, isi);
  }
}

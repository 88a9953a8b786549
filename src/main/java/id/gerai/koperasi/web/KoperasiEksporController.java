package id.gerai.koperasi.web;

import id.gerai.koperasi.KoperasiEksporService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.EksporFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register list's downloads, with the list's filters, streamed: from the list page ({@code
 * /koperasi/ekspor.csv|xlsx}) and for API clients ({@code /api/v1/koperasi/ekspor.csv|xlsx}, or
 * {@code /api/v1/koperasi/ekspor?format=}).
 */
@Controller
class KoperasiEksporController {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final KoperasiEksporService ekspor;

  KoperasiEksporController(KoperasiEksporService ekspor) {
    this.ekspor = ekspor;
  }

  @GetMapping({"/koperasi/ekspor.csv", "/api/v1/koperasi/ekspor.csv"})
  void csv(
      @ModelAttribute KoperasiFilter f, Cakupan cakupan, Locale locale, HttpServletResponse res)
      throws IOException {
    ekspor.ekspor(
        f.saringan(), EksporFormat.CSV, cakupan, locale, () -> buka(res, EksporFormat.CSV));
  }

  @GetMapping({"/koperasi/ekspor.xlsx", "/api/v1/koperasi/ekspor.xlsx"})
  void xlsx(
      @ModelAttribute KoperasiFilter f, Cakupan cakupan, Locale locale, HttpServletResponse res)
      throws IOException {
    ekspor.ekspor(
        f.saringan(), EksporFormat.XLSX, cakupan, locale, () -> buka(res, EksporFormat.XLSX));
  }

  /** {@code /api/v1/koperasi/ekspor?format=csv|xlsx}: the same download for API clients. */
  @GetMapping("/api/v1/koperasi/ekspor")
  void api(
      @ModelAttribute KoperasiFilter f,
      @RequestParam(defaultValue = "csv") String format,
      Cakupan cakupan,
      Locale locale,
      HttpServletResponse res)
      throws IOException {
    if (format.equalsIgnoreCase("xlsx")) {
      xlsx(f, cakupan, locale, res);
    } else if (format.equalsIgnoreCase("csv")) {
      csv(f, cakupan, locale, res);
    } else {
      throw new MasukanTidakSah("koperasi.ekspor.format", format);
    }
  }

  private static OutputStream buka(HttpServletResponse res, EksporFormat format)
      throws IOException {
    res.setContentType(format.jenisMedia());
    String nama = "koperasi-" + LocalDate.now(WIB) + "." + format.ekstensi();
    res.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(nama).build().toString());
    res.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return res.getOutputStream();
  }
}

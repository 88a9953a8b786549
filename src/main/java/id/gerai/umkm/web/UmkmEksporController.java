package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.EksporFormat;
import id.gerai.umkm.UmkmEksporService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The register list's downloads from the list page, with the page's filters, streamed. */
@Controller
class UmkmEksporController {

  private final UmkmEksporService ekspor;

  UmkmEksporController(UmkmEksporService ekspor) {
    this.ekspor = ekspor;
  }

  @GetMapping("/umkm/ekspor.csv")
  void csv(@ModelAttribute UmkmFilter f, Cakupan cakupan, Locale locale, HttpServletResponse res)
      throws IOException {
    unduh(f, EksporFormat.CSV, cakupan, locale, res);
  }

  @GetMapping("/umkm/ekspor.xlsx")
  void xlsx(@ModelAttribute UmkmFilter f, Cakupan cakupan, Locale locale, HttpServletResponse res)
      throws IOException {
    unduh(f, EksporFormat.XLSX, cakupan, locale, res);
  }

  private void unduh(
      UmkmFilter f, EksporFormat format, Cakupan cakupan, Locale locale, HttpServletResponse res)
      throws IOException {
    ekspor.ekspor(f.saringan(), format, cakupan, locale, () -> EksporUnduhan.buka(res, format));
  }
}

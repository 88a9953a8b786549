package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.EksporFormat;
import id.gerai.umkm.UmkmEksporService;
import id.gerai.umkm.UmkmSaringan;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/umkm/ekspor?format=csv|xlsx}: the register list, with the list's filters, as a
 * streamed file.
 */
@RestController
class UmkmEksporApiController {

  private final UmkmEksporService ekspor;

  UmkmEksporApiController(UmkmEksporService ekspor) {
    this.ekspor = ekspor;
  }

  @GetMapping("/api/v1/umkm/ekspor")
  void ekspor(
      @RequestParam(name = "format", defaultValue = "csv") String format,
      UmkmSaringan saringan,
      Cakupan cakupan,
      Locale locale,
      HttpServletResponse res)
      throws IOException {
    EksporFormat f = format(format);
    ekspor.ekspor(saringan, f, cakupan, locale, () -> EksporUnduhan.buka(res, f));
  }

  private static EksporFormat format(String nama) {
    for (EksporFormat f : EksporFormat.values()) {
      if (f.ekstensi().equalsIgnoreCase(nama.strip())) {
        return f;
      }
    }
    throw new MasukanTidakSah("umkm.ekspor.format-tidak-dikenal", nama);
  }
}

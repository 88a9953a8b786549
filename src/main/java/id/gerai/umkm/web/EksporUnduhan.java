package id.gerai.umkm.web;

import id.gerai.umkm.EksporFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The download side of an export: file name by today's date in Semarang, attachment headers. */
final class EksporUnduhan {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private EksporUnduhan() {}

  static String namaBerkas(EksporFormat format) {
    return "umkm-" + LocalDate.now(WIB) + "." + format.ekstensi();
  }

  /** Sets the download headers and opens the body; called only once the export may go ahead. */
  static OutputStream buka(HttpServletResponse res, EksporFormat format) throws IOException {
    res.setContentType(format.jenisMedia());
    res.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(namaBerkas(format)).build().toString());
    res.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return res.getOutputStream();
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.ImporLaporan;
import id.gerai.umkm.ImporService;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/umkm/impor}: imports a register file (multipart field {@code file}); with
 * {@code pratinjau=true} only checks it. Answers the report: rows read, accepted, refused with row,
 * column and reason.
 */
@RestController
class ImporApiController {

  private final ImporService impor;
  private final ImporTeks teks;

  ImporApiController(ImporService impor, ImporTeks teks) {
    this.impor = impor;
    this.teks = teks;
  }

  @PostMapping("/api/v1/umkm/impor")
  @PreAuthorize(ImporService.PENGIMPOR)
  ImporTeks.Laporan impor(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean pratinjau,
      Cakupan cakupan,
      Locale locale)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new MasukanTidakSah("impor.berkas.kosong");
    }
    String token;
    try (InputStream isi = file.getInputStream()) {
      token = impor.simpanSementara(isi, file.getOriginalFilename());
    }
    try {
      var berkas = impor.sementara(token).orElseThrow();
      ImporLaporan l = pratinjau ? impor.periksa(berkas, cakupan) : impor.simpan(berkas, cakupan);
      return teks.laporan(l, locale);
    } finally {
      impor.hapusSementara(token);
    }
  }
}

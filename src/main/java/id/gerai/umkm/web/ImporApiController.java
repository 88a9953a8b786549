package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.ImporKemajuan;
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
 * {@code pratinjau=true} only checks it. Optional {@code peta} (repeated, {@code Header=COLUMN},
 * e.g. {@code Nama Toko=NAMA_USAHA}) maps headers the import does not know. Answers the report:
 * rows read, accepted, refused with row, column and reason, and likely duplicates ({@code
 * duplikat}).
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
      @RequestParam(name = "peta", required = false) java.util.List<String> petaApi,
      Cakupan cakupan,
      Locale locale)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new MasukanTidakSah("impor.berkas.kosong");
    }
    java.util.Map<String, String> peta = ImporPeta.dariApi(petaApi);
    String token;
    try (InputStream isi = file.getInputStream()) {
      token = impor.simpanSementara(isi, file.getOriginalFilename());
    }
    try {
      var berkas = impor.sementara(token).orElseThrow();
      var kemajuan = ImporKemajuan.tanpaPerkiraan();
      ImporLaporan l =
          pratinjau
              ? impor.periksa(berkas, cakupan, peta, kemajuan)
              : impor.simpan(berkas, cakupan, peta, kemajuan);
      return teks.laporan(l, locale);
    } finally {
      impor.hapusSementara(token);
    }
  }
}

package id.gerai.koperasi.web;

import id.gerai.koperasi.KoperasiImporLaporan;
import id.gerai.koperasi.KoperasiImporService;
import id.gerai.shared.Cakupan;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/koperasi/impor}: imports the register from the multipart field {@code file};
 * {@code pratinjau=true} only checks. Answers the report with each problem's message in the
 * caller's language.
 */
@RestController
class KoperasiImporApiController {

  /** One problem as the API tells it. */
  record Masalah(int baris, String kolom, String kode, String pesan, boolean peringatan) {}

  /** The report as the API tells it. */
  record Laporan(
      int dibaca, int diterima, int sudahAda, int ditolak, boolean disimpan, List<Masalah> galat) {}

  private final KoperasiImporService impor;
  private final MessageSource pesan;

  KoperasiImporApiController(KoperasiImporService impor, MessageSource pesan) {
    this.impor = impor;
    this.pesan = pesan;
  }

  @PostMapping("/api/v1/koperasi/impor")
  Laporan impor(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean pratinjau,
      Cakupan cakupan,
      Locale locale) {
    KoperasiImporLaporan l =
        KoperasiImporBerkas.dengan(
            file,
            (p, xlsx) ->
                pratinjau ? impor.periksa(p, xlsx, cakupan) : impor.simpan(p, xlsx, cakupan));
    return laporan(l, pesan, locale);
  }

  static Laporan laporan(KoperasiImporLaporan l, MessageSource pesan, Locale locale) {
    List<Masalah> m =
        l.galat().stream()
            .map(
                g ->
                    new Masalah(
                        g.baris(),
                        g.kolom(),
                        g.kunci(),
                        pesan.getMessage(g.kunci(), new Object[] {g.argumen()}, g.kunci(), locale),
                        g.peringatan()))
            .toList();
    return new Laporan(l.dibaca(), l.diterima(), l.sudahAda(), l.ditolak(), l.disimpan(), m);
  }
}

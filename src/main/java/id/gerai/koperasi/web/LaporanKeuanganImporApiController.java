package id.gerai.koperasi.web;

import id.gerai.koperasi.LaporanKeuanganImporGalat;
import id.gerai.koperasi.LaporanKeuanganImporLaporan;
import id.gerai.koperasi.LaporanKeuanganImporService;
import id.gerai.shared.Cakupan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/koperasi/keuangan/impor}: imports yearly financial statements from the
 * multipart field {@code file}; {@code pratinjau=true} only checks. Answers the report with each
 * problem's message in the caller's language.
 */
@RestController
class LaporanKeuanganImporApiController {

  static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  /** One problem as the API tells it. */
  record Masalah(int baris, String kolom, String kode, String pesan, boolean peringatan) {}

  /** The report as the API tells it. */
  record Laporan(
      int dibaca,
      int diterima,
      int diganti,
      int sudahSama,
      int ditolak,
      boolean disimpan,
      List<Masalah> galat) {}

  private final LaporanKeuanganImporService impor;
  private final MessageSource pesan;

  LaporanKeuanganImporApiController(LaporanKeuanganImporService impor, MessageSource pesan) {
    this.impor = impor;
    this.pesan = pesan;
  }

  @PostMapping("/api/v1/koperasi/keuangan/impor")
  @PreAuthorize(STAF)
  Laporan impor(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean pratinjau,
      Cakupan cakupan,
      Locale locale) {
    LaporanKeuanganImporLaporan l =
        KoperasiImporBerkas.dengan(
            file,
            (p, xlsx) ->
                pratinjau ? impor.periksa(p, xlsx, cakupan) : impor.simpan(p, xlsx, cakupan));
    return laporan(l, pesan, locale);
  }

  static Laporan laporan(LaporanKeuanganImporLaporan l, MessageSource pesan, Locale locale) {
    List<Masalah> m =
        l.galat().stream()
            .map(
                g ->
                    new Masalah(
                        g.baris(), g.kolom(), g.kunci(), teks(g, pesan, locale), g.peringatan()))
            .toList();
    return new Laporan(
        l.dibaca(), l.diterima(), l.diganti(), l.sudahSama(), l.ditolak(), l.disimpan(), m);
  }

  /** The message; a figure's label goes first, as on the statements form. */
  static String teks(LaporanKeuanganImporGalat g, MessageSource pesan, Locale locale) {
    List<Object> arg = new ArrayList<>();
    if (g.pos() != null) {
      arg.add(pesan.getMessage("koperasi.kesehatan.pos." + g.pos(), null, g.pos(), locale));
    }
    arg.addAll(g.argumen());
    return pesan.getMessage(g.kunci(), arg.toArray(), g.kunci(), locale);
  }
}

package id.gerai.koperasi.web;

import id.gerai.koperasi.LaporanKeuangan;
import id.gerai.koperasi.LaporanKeuanganService;
import id.gerai.koperasi.LaporanKeuanganTidakSah;
import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/koperasi/{id}/keuangan/{tahun}}: a year's statements, read and recorded as JSON
 * (an object angka mapping figure names such as total_aset to amounts; a figure absent or null is
 * blank). Impossible statements answer 400 with a message per figure in the caller's language.
 */
@RestController
class LaporanKeuanganApiController {

  private final LaporanKeuanganService laporan;
  private final MessageSource pesan;

  LaporanKeuanganApiController(LaporanKeuanganService laporan, MessageSource pesan) {
    this.laporan = laporan;
    this.pesan = pesan;
  }

  record Isian(Map<String, BigDecimal> angka) {}

  record GalatPos(String pos, String kode, String pesan) {}

  @GetMapping("/api/v1/koperasi/{id}/keuangan/{tahun}")
  LaporanKeuangan baca(@PathVariable long id, @PathVariable int tahun, Cakupan cakupan) {
    return laporan
        .baca(id, tahun, cakupan)
        .orElseThrow(
            () ->
                new TidakDitemukan(
                    "koperasi.kesehatan.laporan.tidak-ditemukan", String.valueOf(tahun)));
  }

  @PutMapping("/api/v1/koperasi/{id}/keuangan/{tahun}")
  @PreAuthorize(LaporanKeuanganService.BOLEH_CATAT)
  LaporanKeuangan catat(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestBody Isian isian,
      Cakupan cakupan,
      Authentication auth) {
    Map<String, BigDecimal> angka =
        isian == null || isian.angka() == null ? Map.of() : isian.angka();
    return laporan.catat(id, tahun, angka, cakupan, LaporanKeuanganWeb.pencatat(auth));
  }

  @PostMapping("/api/v1/koperasi/{id}/keuangan/{tahun}/verifikasi")
  @PreAuthorize(LaporanKeuanganService.BOLEH_VERIFIKASI)
  LaporanKeuangan verifikasi(
      @PathVariable long id, @PathVariable int tahun, Cakupan cakupan, Authentication auth) {
    return laporan.verifikasi(id, tahun, cakupan, auth.getName());
  }

  @ExceptionHandler(LaporanKeuanganTidakSah.class)
  ProblemDetail tidakSah(LaporanKeuanganTidakSah e) {
    var locale = LocaleContextHolder.getLocale();
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, pesan.getMessage(e.kodePesan(), e.argumen(), locale));
    List<GalatPos> galat =
        e.galat().stream()
            .map(
                g ->
                    new GalatPos(
                        g.pos(),
                        g.kodePesan(),
                        pesan.getMessage(
                            g.kodePesan(),
                            LaporanKeuanganTeks.argumen(g, pesan, locale),
                            g.kodePesan(),
                            locale)))
            .toList();
    p.setProperty("galat", galat);
    return p;
  }
}

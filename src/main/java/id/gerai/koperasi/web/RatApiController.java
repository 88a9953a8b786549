package id.gerai.koperasi.web;

import id.gerai.koperasi.CatatRat;
import id.gerai.koperasi.KepatuhanKoperasi;
import id.gerai.koperasi.MasalahRat;
import id.gerai.koperasi.NotulenRatService;
import id.gerai.koperasi.RatRingkas;
import id.gerai.koperasi.RatService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.web.JawabanBerkas;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * RAT for API clients: one cooperative's meetings with deadlines and compliance, entering one, its
 * verification, and the compliance list of the cooperatives in scope.
 */
@RestController
@RequestMapping("/api/v1/koperasi")
class RatApiController {

  private final RatService rat;
  private final NotulenRatService notulen;
  private final MasalahApi masalah;

  RatApiController(RatService rat, NotulenRatService notulen, MasalahApi masalah) {
    this.rat = rat;
    this.notulen = notulen;
    this.masalah = masalah;
  }

  /** Attaches the minutes PDF (multipart field {@code file}) to a recorded RAT. */
  @PostMapping("/{id}/rat/{tahun}/notulen")
  ResponseEntity<Void> unggahNotulen(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Cakupan cakupan) {
    notulen.unggah(id, tahun, NotulenRatController.unggahan(file), cakupan);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/rat/{tahun}/notulen")
  ResponseEntity<Resource> notulen(
      @PathVariable long id, @PathVariable int tahun, Cakupan cakupan) {
    return JawabanBerkas.lampiran(notulen.buka(id, tahun, cakupan));
  }

  @GetMapping("/{id}/rat")
  List<RatRingkas> daftar(@PathVariable long id, Cakupan cakupan) {
    return rat.daftar(id, cakupan);
  }

  @PostMapping("/{id}/rat")
  ResponseEntity<?> catat(
      @PathVariable long id, @Valid @RequestBody CatatRat c, BindingResult hasil, Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    rat.catat(id, c, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/rat/{tahun}/verifikasi")
  ResponseEntity<Void> verifikasi(@PathVariable long id, @PathVariable int tahun, Cakupan cakupan) {
    rat.verifikasi(id, tahun, cakupan);
    return ResponseEntity.noContent().build();
  }

  /**
   * Cooperatives late, overdue or two fiscal years without a RAT ({@code masalah}; all three when
   * absent) for fiscal year {@code tahun} (last year when absent), with deadlines and dates.
   */
  @GetMapping("/rat/kepatuhan")
  Halaman<KepatuhanKoperasi> kepatuhan(
      @RequestParam(required = false) Integer tahun,
      @RequestParam(required = false) MasalahRat masalah,
      @RequestParam(required = false) Integer halaman,
      @RequestParam(required = false) Integer ukuran,
      Cakupan cakupan) {
    return rat.kepatuhan(tahun, masalah, cakupan, halaman, ukuran);
  }

  @ExceptionHandler(BidangDitolak.class)
  ResponseEntity<ProblemDetail> ditolak(BidangDitolak e) {
    return masalah.dari(e);
  }
}

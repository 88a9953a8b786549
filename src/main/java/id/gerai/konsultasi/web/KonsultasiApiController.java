package id.gerai.konsultasi.web;

import id.gerai.konsultasi.BukaKonsultasi;
import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.KonsultasiDetail;
import id.gerai.konsultasi.KonsultasiRingkas;
import id.gerai.konsultasi.KonsultasiService;
import id.gerai.konsultasi.PenangananService;
import id.gerai.konsultasi.SaringanKonsultasi;
import id.gerai.konsultasi.StatusKonsultasi;
import id.gerai.konsultasi.TanggapanBaru;
import id.gerai.konsultasi.TransisiDitolak;
import id.gerai.konsultasi.Tugaskan;
import id.gerai.konsultasi.UbahStatus;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/konsultasi}: list and bring cases, read one, answer, move its status, assign it,
 * refer it on. A status move the case does not allow answers 409 with a problem detail.
 */
@RestController
class KonsultasiApiController {

  private final KonsultasiService konsultasi;
  private final PenangananService penanganan;
  private final MessageSource pesan;

  KonsultasiApiController(
      KonsultasiService konsultasi, PenangananService penanganan, MessageSource pesan) {
    this.konsultasi = konsultasi;
    this.penanganan = penanganan;
    this.pesan = pesan;
  }

  record Dibuat(long id) {}

  record StatusBaru(StatusKonsultasi status) {}

  record Rujukan(String program) {}

  @GetMapping("/api/v1/konsultasi")
  Halaman<KonsultasiRingkas> daftar(
      @RequestParam(name = "status", required = false) StatusKonsultasi status,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "terlambat", required = false) Boolean terlambat,
      @RequestParam(name = "usaha", required = false) Long usaha,
      @RequestParam(name = "halaman", required = false) Integer halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      @RequestParam(name = "koperasi", required = false) Long koperasi,
      Cakupan cakupan) {
    return konsultasi.cari(
        new SaringanKonsultasi(status, kategori, terlambat, usaha, halaman, ukuran, koperasi),
        cakupan);
  }

  @PostMapping("/api/v1/konsultasi")
  ResponseEntity<Dibuat> buka(@RequestBody BukaKonsultasi buka, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Dibuat(konsultasi.buka(buka, cakupan)));
  }

  @GetMapping("/api/v1/konsultasi/{id}")
  KonsultasiDetail ambil(@PathVariable long id, Cakupan cakupan) {
    return konsultasi.ambil(id, cakupan);
  }

  @PostMapping("/api/v1/konsultasi/{id}/tanggapan")
  ResponseEntity<Dibuat> tanggapi(
      @PathVariable long id, @RequestBody TanggapanBaru baru, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Dibuat(konsultasi.tanggapi(id, baru, cakupan)));
  }

  @PostMapping("/api/v1/konsultasi/{id}/status")
  StatusBaru ubahStatus(@PathVariable long id, @RequestBody UbahStatus ubah, Cakupan cakupan) {
    return new StatusBaru(penanganan.ubahStatus(id, ubah, cakupan));
  }

  @PostMapping("/api/v1/konsultasi/{id}/tugaskan")
  ResponseEntity<Void> tugaskan(
      @PathVariable long id, @RequestBody Tugaskan tujuan, Cakupan cakupan) {
    penanganan.tugaskan(id, tujuan, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/konsultasi/{id}/rujuk")
  ResponseEntity<Void> rujuk(@PathVariable long id, @RequestBody Rujukan r, Cakupan cakupan) {
    penanganan.rujuk(id, r.program(), cakupan);
    return ResponseEntity.noContent().build();
  }

  /** The case's state conflicts with the move: 409, in the caller's language. */
  @ExceptionHandler(TransisiDitolak.class)
  ResponseEntity<ProblemDetail> transisiDitolak(TransisiDitolak e) {
    String teks =
        pesan.getMessage(
            e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, teks));
  }
}

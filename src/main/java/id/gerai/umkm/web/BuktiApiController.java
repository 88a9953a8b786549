package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.web.JawabanBerkas;
import id.gerai.umkm.BuktiBaru;
import id.gerai.umkm.BuktiJenis;
import id.gerai.umkm.BuktiRingkas;
import id.gerai.umkm.BuktiService;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/umkm/{id}/bukti}: a business's evidence files; upload one (multipart, field {@code
 * file}); {@code /api/v1/umkm/bukti/{id}/berkas} downloads one; verify or remove one.
 */
@RestController
class BuktiApiController {

  private final BuktiService bukti;

  BuktiApiController(BuktiService bukti) {
    this.bukti = bukti;
  }

  /** A new evidence row's id. */
  record Terunggah(long id) {}

  @GetMapping("/api/v1/umkm/{id}/bukti")
  List<BuktiRingkas> daftar(
      @PathVariable long id,
      @RequestParam(name = "legalitas", required = false) Long legalitas,
      @RequestParam(name = "tonggak", required = false) Long tonggak,
      Cakupan cakupan) {
    return bukti.daftar(id, legalitas, tonggak, cakupan);
  }

  @PostMapping(value = "/api/v1/umkm/{id}/bukti", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Terunggah> unggah(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "jenis", required = false) BuktiJenis jenis,
      @RequestParam(name = "legalitasId", required = false) Long legalitasId,
      @RequestParam(name = "tonggakId", required = false) Long tonggakId,
      @RequestParam(name = "keterangan", required = false) String keterangan,
      Cakupan cakupan) {
    BuktiBaru baru = new BuktiBaru(jenis, legalitasId, tonggakId, keterangan);
    long b = bukti.unggah(id, baru, BuktiWeb.unggahan(file), cakupan);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Terunggah(b));
  }

  @GetMapping("/api/v1/umkm/bukti/{id}/berkas")
  ResponseEntity<Resource> unduh(@PathVariable long id, Cakupan cakupan) {
    return JawabanBerkas.lampiran(bukti.buka(id, cakupan));
  }

  @PostMapping("/api/v1/umkm/bukti/{id}/verifikasi")
  ResponseEntity<Void> verifikasi(@PathVariable long id, Cakupan cakupan) {
    bukti.verifikasi(id, cakupan);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/umkm/bukti/{id}")
  ResponseEntity<Void> hapus(@PathVariable long id, Cakupan cakupan) {
    bukti.hapus(id, cakupan);
    return ResponseEntity.noContent().build();
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.DuplikatCalon;
import id.gerai.umkm.DuplikatPasangan;
import id.gerai.umkm.DuplikatService;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/umkm/duplikat}, {@code /api/v1/umkm/{id}/duplikat} and merging into a business.
 */
@RestController
class DuplikatApiController {

  private final DuplikatService duplikat;

  DuplikatApiController(DuplikatService duplikat) {
    this.duplikat = duplikat;
  }

  /** The business to merge into the one in the path. */
  record Gabung(Long hapusId) {}

  @GetMapping("/api/v1/umkm/duplikat")
  Halaman<DuplikatPasangan> pasangan(
      @RequestParam(defaultValue = "0") int halaman,
      @RequestParam(required = false) Integer ukuran,
      Cakupan cakupan) {
    return duplikat.pasangan(cakupan, halaman, ukuran);
  }

  @GetMapping("/api/v1/umkm/{id}/duplikat")
  List<DuplikatCalon> calon(@PathVariable long id, Cakupan cakupan) {
    return duplikat.calon(id, cakupan);
  }

  @PostMapping("/api/v1/umkm/{id}/gabung")
  ResponseEntity<Void> gabung(@PathVariable long id, @RequestBody Gabung g, Cakupan cakupan) {
    if (g == null || g.hapusId() == null) {
      throw new MasukanTidakSah("umkm.duplikat.galat.pilih");
    }
    duplikat.gabungkan(id, g.hapusId(), cakupan);
    return ResponseEntity.noContent().build();
  }
}

package id.gerai.gerai.web;

import id.gerai.gerai.GeraiDetail;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiRingkas;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.GeraiStatus;
import id.gerai.gerai.SaringGerai;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/gerai}: the gerai in the caller's scope, for API clients. */
@RestController
@RequestMapping("/api/v1/gerai")
class GeraiApiController {

  private final GeraiService gerai;

  GeraiApiController(GeraiService gerai) {
    this.gerai = gerai;
  }

  /**
   * One page of gerai by name. {@code wilayah} is an area code prefix, {@code halaman} counts from
   * 0 and {@code ukuran} is at most 200.
   */
  @GetMapping
  Halaman<GeraiRingkas> cari(
      @RequestParam(name = "wilayah", required = false) String wilayah,
      @RequestParam(name = "jenis", required = false) GeraiJenis jenis,
      @RequestParam(name = "status", required = false) GeraiStatus status,
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      Cakupan cakupan) {
    int u = ukuran == null ? 0 : ukuran;
    return gerai.cari(new SaringGerai(wilayah, jenis, status, q, halaman, u), cakupan);
  }

  /** The gerai with its area chain and status history; 404 outside the caller's scope. */
  @GetMapping("/{id}")
  GeraiDetail ambil(@PathVariable long id, Cakupan cakupan) {
    return gerai.ambil(id, cakupan);
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.AngkaTahunanService;
import id.gerai.umkm.CatatAngkaTahunan;
import id.gerai.umkm.RiwayatKelas;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/umkm/{id}/kelas}: a business's classes by year with the rule used and its class
 * changes; {@code POST /api/v1/umkm/{id}/angka} records a year's figures (JSON, rupiah numbers).
 */
@RestController
class KelasApiController {

  private final AngkaTahunanService angka;

  KelasApiController(AngkaTahunanService angka) {
    this.angka = angka;
  }

  @GetMapping("/api/v1/umkm/{id}/kelas")
  RiwayatKelas kelas(@PathVariable long id, Cakupan cakupan) {
    return angka.riwayat(id, cakupan);
  }

  @PostMapping("/api/v1/umkm/{id}/angka")
  RiwayatKelas catat(
      @PathVariable long id,
      @RequestBody CatatAngkaTahunan cmd,
      Cakupan cakupan,
      Authentication auth) {
    return angka.catat(id, cmd, cakupan, KelasWeb.pencatat(auth));
  }
}

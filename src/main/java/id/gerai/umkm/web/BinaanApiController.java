package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.BinaanBaru;
import id.gerai.umkm.BinaanDaftar;
import id.gerai.umkm.BinaanService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/umkm/{id}/binaan}: a business's enrolments; enrol it. */
@RestController
class BinaanApiController {

  private final BinaanService binaan;

  BinaanApiController(BinaanService binaan) {
    this.binaan = binaan;
  }

  /** A new enrolment's id. */
  record Tercatat(long id) {}

  @GetMapping("/api/v1/umkm/{id}/binaan")
  BinaanDaftar daftar(@PathVariable long id, Cakupan cakupan) {
    return binaan.daftar(id, cakupan);
  }

  @PostMapping("/api/v1/umkm/{id}/binaan")
  ResponseEntity<Tercatat> daftarkan(
      @PathVariable long id, @RequestBody BinaanBaru baru, Cakupan cakupan, Authentication auth) {
    long b = binaan.daftarkan(id, baru, cakupan, auth.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Tercatat(b));
  }
}

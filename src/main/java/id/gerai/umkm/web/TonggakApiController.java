package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.TonggakBaru;
import id.gerai.umkm.TonggakRingkas;
import id.gerai.umkm.TonggakService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/umkm/{id}/tonggak}: a business's milestones; record one; verify one. */
@RestController
class TonggakApiController {

  private final TonggakService tonggak;

  TonggakApiController(TonggakService tonggak) {
    this.tonggak = tonggak;
  }

  /** A new milestone's id. */
  record Tercatat(long id) {}

  @GetMapping("/api/v1/umkm/{id}/tonggak")
  List<TonggakRingkas> daftar(@PathVariable long id, Cakupan cakupan) {
    return tonggak.daftar(id, cakupan);
  }

  @PostMapping("/api/v1/umkm/{id}/tonggak")
  ResponseEntity<Tercatat> catat(
      @PathVariable long id, @RequestBody TonggakBaru baru, Cakupan cakupan, Authentication auth) {
    long t = tonggak.catat(id, baru, cakupan, auth.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Tercatat(t));
  }

  @PostMapping("/api/v1/umkm/{id}/tonggak/{tonggakId}/verifikasi")
  ResponseEntity<Void> verifikasi(
      @PathVariable long id, @PathVariable long tonggakId, Cakupan cakupan, Authentication auth) {
    tonggak.verifikasi(id, tonggakId, cakupan, auth.getName());
    return ResponseEntity.noContent().build();
  }
}

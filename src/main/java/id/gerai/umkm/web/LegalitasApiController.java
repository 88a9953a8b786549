package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.umkm.LegalitasBaru;
import id.gerai.umkm.LegalitasRingkas;
import id.gerai.umkm.LegalitasService;
import id.gerai.umkm.LegalitasTercatat;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/umkm/{id}/legalitas} (a business's permits; record one) and {@code
 * /api/v1/umkm/legalitas/kedaluwarsa} (expiring within the caller's scope), with the page's rules.
 */
@RestController
class LegalitasApiController {

  private final LegalitasService legalitas;
  private final MessageSource pesan;

  LegalitasApiController(LegalitasService legalitas, MessageSource pesan) {
    this.legalitas = legalitas;
    this.pesan = pesan;
  }

  /** A recorded permit: its id, and its warnings as keys and as text in the caller's language. */
  record Tercatat(long id, List<String> peringatan, List<String> teksPeringatan) {}

  @GetMapping("/api/v1/umkm/{id}/legalitas")
  List<LegalitasRingkas> daftar(@PathVariable long id, Cakupan cakupan) {
    return legalitas.daftar(id, cakupan);
  }

  @PostMapping("/api/v1/umkm/{id}/legalitas")
  @PreAuthorize(LegalitasWeb.PENCATAT)
  ResponseEntity<Tercatat> catat(
      @PathVariable long id,
      @RequestBody LegalitasBaru baru,
      Cakupan cakupan,
      Authentication auth) {
    LegalitasTercatat t = legalitas.catat(id, baru, cakupan, auth.getName());
    List<String> teks =
        t.peringatan().stream()
            .map(k -> pesan.getMessage(k, null, LocaleContextHolder.getLocale()))
            .toList();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Tercatat(t.id(), t.peringatan(), teks));
  }

  @GetMapping("/api/v1/umkm/legalitas/kedaluwarsa")
  Halaman<LegalitasRingkas> kedaluwarsa(
      @RequestParam(name = "hari", required = false) Integer hari,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      Cakupan cakupan) {
    return legalitas.akanKedaluwarsa(cakupan, hari, halaman, ukuran);
  }
}

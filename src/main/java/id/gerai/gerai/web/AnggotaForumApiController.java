package id.gerai.gerai.web;

import id.gerai.gerai.AnggotaForumBaru;
import id.gerai.gerai.AnggotaForumBulanan;
import id.gerai.gerai.AnggotaForumRingkas;
import id.gerai.gerai.AnggotaForumService;
import id.gerai.gerai.AnggotaForumStatus;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/forum/anggota}: forum members in the caller's scope (through the gerai they joined
 * by), registering one, and a member leaving.
 */
@RestController
@RequestMapping("/api/v1/forum/anggota")
class AnggotaForumApiController {

  private final AnggotaForumService anggota;

  AnggotaForumApiController(AnggotaForumService anggota) {
    this.anggota = anggota;
  }

  @GetMapping
  Halaman<AnggotaForumRingkas> cari(
      @RequestParam(name = "gerai", required = false) Long gerai,
      @RequestParam(name = "status", required = false) AnggotaForumStatus status,
      @RequestParam(name = "halaman", defaultValue = "0") int halaman,
      @RequestParam(name = "ukuran", required = false) Integer ukuran,
      Cakupan cakupan,
      Authentication auth) {
    return anggota.cari(gerai, status, halaman, ukuran, cakupan, PengurusWeb.dinas(auth));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> daftarkan(
      @RequestBody AnggotaForumBaru baru, Cakupan cakupan, Principal principal) {
    return Map.of("id", anggota.daftarkan(baru, cakupan, principal.getName()));
  }

  @PostMapping("/{id}/nonaktifkan")
  void nonaktifkan(
      @PathVariable long id,
      @RequestParam(name = "tanggal", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      Cakupan cakupan) {
    anggota.nonaktifkan(id, tanggal, cakupan);
  }

  /** Active members of a gerai at the end of each of the last months (12 by default). */
  @GetMapping("/bulanan")
  List<AnggotaForumBulanan> bulanan(
      @RequestParam("gerai") long gerai,
      @RequestParam(name = "bulan", defaultValue = "12") int bulan,
      Cakupan cakupan) {
    return anggota.jumlahBulanan(gerai, bulan, cakupan);
  }
}

package id.gerai.gerai.web;

import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.LaporanGeraiLembar;
import id.gerai.gerai.LaporanGeraiRingkas;
import id.gerai.gerai.LaporanGeraiService;
import id.gerai.gerai.LaporanGeraiTingkat;
import id.gerai.shared.Cakupan;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/gerai/{id}/laporan}: a gerai's periodic reports and their workflow, and {@code
 * /api/v1/gerai/laporan/tingkat}: the reporting rate of a period. Periods are {@code YYYY-MM}.
 */
@RestController
@RequestMapping("/api/v1/gerai")
class LaporanGeraiApiController {

  /** The counts and the note of a report; a count left out is zero. */
  record IsiLaporan(Angka angka, String catatan) {

    LaporanGeraiAngka nilai() {
      return angka == null ? LaporanGeraiAngka.NOL : angka.nilai();
    }
  }

  /** The counts as sent: any may be left out. */
  record Angka(
      Integer jumlahPertemuan,
      Integer anggotaHadir,
      Integer umkmBaru,
      Integer koperasiBaru,
      Integer layananNib,
      Integer layananIzin,
      Integer layananKonsultasi,
      Integer permasalahan) {

    LaporanGeraiAngka nilai() {
      return new LaporanGeraiAngka(
          n(jumlahPertemuan),
          n(anggotaHadir),
          n(umkmBaru),
          n(koperasiBaru),
          n(layananNib),
          n(layananIzin),
          n(layananKonsultasi),
          n(permasalahan));
    }

    private static int n(Integer i) {
      return i == null ? 0 : i;
    }
  }

  /** A reason, required to return or reopen a report. */
  record Alasan(String alasan) {}

  private final LaporanGeraiService laporan;

  LaporanGeraiApiController(LaporanGeraiService laporan) {
    this.laporan = laporan;
  }

  @GetMapping("/{id}/laporan")
  List<LaporanGeraiRingkas> daftar(@PathVariable long id, Cakupan cakupan) {
    return laporan.daftar(id, cakupan);
  }

  /** The report of the period, or the pre-filled draft it would start as. */
  @GetMapping("/{id}/laporan/{periode}")
  LaporanGeraiLembar ambil(@PathVariable long id, @PathVariable String periode, Cakupan cakupan) {
    return laporan.ambil(id, periode, cakupan);
  }

  @PutMapping("/{id}/laporan/{periode}")
  LaporanGeraiRingkas simpan(
      @PathVariable long id,
      @PathVariable String periode,
      @RequestBody IsiLaporan isi,
      Cakupan cakupan,
      Principal principal) {
    return laporan.simpan(id, periode, isi.nilai(), isi.catatan(), cakupan, principal.getName());
  }

  @PostMapping("/{id}/laporan/{periode}/kirim")
  LaporanGeraiRingkas kirim(@PathVariable long id, @PathVariable String periode, Cakupan cakupan) {
    return laporan.kirim(id, periode, cakupan);
  }

  @PostMapping("/{id}/laporan/{periode}/setujui")
  LaporanGeraiRingkas setujui(
      @PathVariable long id, @PathVariable String periode, Cakupan cakupan, Principal principal) {
    return laporan.setujui(id, periode, cakupan, principal.getName());
  }

  @PostMapping("/{id}/laporan/{periode}/kembalikan")
  LaporanGeraiRingkas kembalikan(
      @PathVariable long id,
      @PathVariable String periode,
      @RequestBody Alasan alasan,
      Cakupan cakupan,
      Principal principal) {
    return laporan.kembalikan(id, periode, alasan.alasan(), cakupan, principal.getName());
  }

  @PostMapping("/{id}/laporan/{periode}/buka-kembali")
  LaporanGeraiRingkas bukaKembali(
      @PathVariable long id,
      @PathVariable String periode,
      @RequestBody Alasan alasan,
      Cakupan cakupan,
      Principal principal) {
    return laporan.bukaKembali(id, periode, alasan.alasan(), cakupan, principal.getName());
  }

  /** Reporting rate and timeliness of a period (the last ended one when not given). */
  @GetMapping("/laporan/tingkat")
  LaporanGeraiTingkat tingkat(
      @RequestParam(name = "periode", required = false) String periode, Cakupan cakupan) {
    return laporan.tingkat(periode, cakupan);
  }
}

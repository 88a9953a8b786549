package id.gerai.kegiatan.web;

import id.gerai.kegiatan.DataKegiatan;
import id.gerai.kegiatan.FestivalService;
import id.gerai.kegiatan.KegiatanDetail;
import id.gerai.kegiatan.KegiatanJenis;
import id.gerai.kegiatan.KegiatanRingkas;
import id.gerai.kegiatan.KegiatanService;
import id.gerai.kegiatan.Kehadiran;
import id.gerai.kegiatan.PesertaBaru;
import id.gerai.kegiatan.PesertaRingkas;
import id.gerai.kegiatan.PesertaService;
import id.gerai.kegiatan.RingkasanFestival;
import id.gerai.kegiatan.SaringKegiatan;
import id.gerai.kegiatan.TenantRingkas;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/kegiatan}: list (filters as the calendar), create, read, edit, register a
 * participant, check one in; a festival's counts and tenants.
 */
@RestController
class KegiatanApiController {

  private final KegiatanService kegiatan;
  private final PesertaService peserta;
  private final FestivalService festival;

  KegiatanApiController(
      KegiatanService kegiatan, PesertaService peserta, FestivalService festival) {
    this.kegiatan = kegiatan;
    this.peserta = peserta;
    this.festival = festival;
  }

  /** A new activity's id. */
  record Dibuat(long id) {}

  /** A check-in: the participant's code (typed or scanned), or their id. */
  record CatatKehadiran(String kode, Long pesertaId) {}

  /** A festival's counts with its tenant list, so the two can be compared. */
  record Festival(RingkasanFestival ringkasan, List<TenantRingkas> tenant) {}

  @GetMapping("/api/v1/kegiatan")
  Halaman<KegiatanRingkas> daftar(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate sampai,
      @RequestParam(required = false) KegiatanJenis jenis,
      @RequestParam(required = false) Long gerai,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer halaman,
      @RequestParam(required = false) Integer ukuran,
      Cakupan cakupan) {
    return kegiatan.cari(
        new SaringKegiatan(dari, sampai, jenis, gerai, q, halaman, ukuran), cakupan);
  }

  @PostMapping("/api/v1/kegiatan")
  ResponseEntity<Dibuat> buat(@RequestBody DataKegiatan data, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED).body(new Dibuat(kegiatan.buat(data, cakupan)));
  }

  @GetMapping("/api/v1/kegiatan/{id}")
  KegiatanDetail ambil(@PathVariable long id, Cakupan cakupan) {
    return kegiatan.ambil(id, cakupan);
  }

  @PutMapping("/api/v1/kegiatan/{id}")
  KegiatanDetail ubah(@PathVariable long id, @RequestBody DataKegiatan data, Cakupan cakupan) {
    kegiatan.ubah(id, data, cakupan);
    return kegiatan.ambil(id, cakupan);
  }

  @GetMapping("/api/v1/kegiatan/{id}/peserta")
  List<PesertaRingkas> peserta(@PathVariable long id, Cakupan cakupan) {
    return peserta.daftar(id, cakupan);
  }

  @PostMapping("/api/v1/kegiatan/{id}/peserta")
  ResponseEntity<PesertaRingkas> daftarkan(
      @PathVariable long id, @RequestBody PesertaBaru baru, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED).body(peserta.daftarkan(id, baru, cakupan));
  }

  @PostMapping("/api/v1/kegiatan/{id}/kehadiran")
  Kehadiran hadir(@PathVariable long id, @RequestBody CatatKehadiran c, Cakupan cakupan) {
    return c.pesertaId() != null
        ? peserta.hadir(id, c.pesertaId(), cakupan)
        : peserta.hadirDenganKode(id, c.kode(), cakupan);
  }

  @GetMapping("/api/v1/kegiatan/{id}/festival")
  Festival festival(@PathVariable long id, Cakupan cakupan) {
    return new Festival(festival.ringkasan(id, cakupan), festival.tenant(id, cakupan));
  }
}

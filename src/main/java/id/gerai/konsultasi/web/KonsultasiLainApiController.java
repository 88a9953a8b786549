package id.gerai.konsultasi.web;

import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.KebutuhanService;
import id.gerai.konsultasi.LampiranService;
import id.gerai.konsultasi.PengetahuanRingkas;
import id.gerai.konsultasi.PengetahuanService;
import id.gerai.konsultasi.SaringanSinyal;
import id.gerai.konsultasi.SesiBaru;
import id.gerai.konsultasi.SesiRingkas;
import id.gerai.konsultasi.SesiService;
import id.gerai.konsultasi.SinyalBaris;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.web.JawabanBerkas;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rest of {@code /api/v1/konsultasi}: attachments, mentoring sessions, the know-how search and
 * the needs signal.
 */
@RestController
class KonsultasiLainApiController {

  private final LampiranService lampiran;
  private final SesiService sesi;
  private final PengetahuanService pengetahuan;
  private final KebutuhanService kebutuhan;

  KonsultasiLainApiController(
      LampiranService lampiran,
      SesiService sesi,
      PengetahuanService pengetahuan,
      KebutuhanService kebutuhan) {
    this.lampiran = lampiran;
    this.sesi = sesi;
    this.pengetahuan = pengetahuan;
    this.kebutuhan = kebutuhan;
  }

  record Dibuat(long id) {}

  @PostMapping(
      value = "/api/v1/konsultasi/{id}/lampiran",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Dibuat> unggah(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Dibuat(lampiran.unggah(id, KonsultasiWeb.unggahan(file), cakupan)));
  }

  @GetMapping("/api/v1/konsultasi/lampiran/{id}")
  ResponseEntity<Resource> unduh(@PathVariable long id, Cakupan cakupan) {
    return JawabanBerkas.lampiran(lampiran.buka(id, cakupan));
  }

  @PostMapping("/api/v1/konsultasi/{id}/sesi")
  ResponseEntity<Dibuat> sesiKasus(
      @PathVariable long id, @RequestBody SesiBaru baru, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Dibuat(sesi.catatPadaKasus(id, baru, cakupan)));
  }

  @GetMapping("/api/v1/konsultasi/sesi/usaha/{usahaId}")
  List<SesiRingkas> sesiUsaha(@PathVariable long usahaId, Cakupan cakupan) {
    return sesi.untukUsaha(usahaId, cakupan);
  }

  @PostMapping("/api/v1/konsultasi/sesi/usaha/{usahaId}")
  ResponseEntity<Dibuat> catatSesiUsaha(
      @PathVariable long usahaId, @RequestBody SesiBaru baru, Cakupan cakupan) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Dibuat(sesi.catatPadaUsaha(usahaId, baru, cakupan)));
  }

  @GetMapping("/api/v1/konsultasi/pengetahuan")
  Halaman<PengetahuanRingkas> pengetahuan(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "halaman", required = false) Integer halaman) {
    return pengetahuan.cari(q, kategori, halaman, null);
  }

  @GetMapping("/api/v1/konsultasi/kebutuhan")
  List<SinyalBaris> kebutuhan(
      @RequestParam(name = "kecamatan", required = false) String kecamatan,
      @RequestParam(name = "kelurahan", required = false) String kelurahan,
      @RequestParam(name = "gerai", required = false) Long gerai,
      @RequestParam(name = "kategori", required = false) KategoriMasalah kategori,
      @RequestParam(name = "dari", required = false) String dari,
      @RequestParam(name = "sampai", required = false) String sampai,
      @RequestParam(name = "kelompok", required = false) SaringanSinyal.Kelompok kelompok,
      Cakupan cakupan) {
    return kebutuhan.sinyal(
        new SaringanSinyal(kecamatan, kelurahan, gerai, kategori, dari, sampai, kelompok), cakupan);
  }
}

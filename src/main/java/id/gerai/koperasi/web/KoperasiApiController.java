package id.gerai.koperasi.web;

import id.gerai.koperasi.AnggotaUsaha;
import id.gerai.koperasi.AnggotaUsahaService;
import id.gerai.koperasi.CatatAnggota;
import id.gerai.koperasi.CatatAnggotaKoperasi;
import id.gerai.koperasi.CatatAnggotaUsaha;
import id.gerai.koperasi.CatatPengurus;
import id.gerai.koperasi.DaftarkanKoperasi;
import id.gerai.koperasi.KeanggotaanUsaha;
import id.gerai.koperasi.KoperasiDetail;
import id.gerai.koperasi.KoperasiRingkas;
import id.gerai.koperasi.KoperasiSaringan;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.KoperasiTerdaftar;
import id.gerai.koperasi.StatusKoperasi;
import id.gerai.koperasi.SusunanKoperasiService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/koperasi}: the register for API clients, within the caller's scope, with the
 * people and member businesses of a cooperative. A refused request answers 400 with a problem
 * detail whose {@code galat} maps each field to its message.
 */
@RestController
@RequestMapping("/api/v1/koperasi")
class KoperasiApiController {

  private final KoperasiService koperasi;
  private final SusunanKoperasiService susunan;
  private final AnggotaUsahaService usaha;
  private final MasalahApi masalah;

  KoperasiApiController(
      KoperasiService koperasi,
      SusunanKoperasiService susunan,
      AnggotaUsahaService usaha,
      MasalahApi masalah) {
    this.koperasi = koperasi;
    this.susunan = susunan;
    this.usaha = usaha;
    this.masalah = masalah;
  }

  /** One page of cooperatives; same filters as the list page, {@code halaman} from 0. */
  @GetMapping
  Halaman<KoperasiRingkas> cari(KoperasiSaringan saringan, Cakupan cakupan) {
    return koperasi.cari(saringan, cakupan);
  }

  @GetMapping("/{id}")
  KoperasiDetail ambil(@PathVariable long id, Cakupan cakupan) {
    return koperasi.ambil(id, cakupan);
  }

  @PostMapping
  ResponseEntity<?> daftarkan(
      @Valid @RequestBody DaftarkanKoperasi perintah, BindingResult hasil, Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    KoperasiTerdaftar t = koperasi.daftarkan(perintah, cakupan);
    return ResponseEntity.created(URI.create("/api/v1/koperasi/" + t.id())).body(t);
  }

  /** Replaces a cooperative's data; {@code versi} (optional) guards against a lost update. */
  @PutMapping("/{id}")
  ResponseEntity<?> ubah(
      @PathVariable long id,
      @RequestParam(name = "versi", required = false) Integer versi,
      @Valid @RequestBody DaftarkanKoperasi perintah,
      BindingResult hasil,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    return ResponseEntity.ok(koperasi.ubah(id, versi, perintah, cakupan));
  }

  @PostMapping("/{id}/status")
  ResponseEntity<Void> status(
      @PathVariable long id, @RequestParam StatusKoperasi status, Cakupan cakupan) {
    koperasi.ubahStatus(id, status, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/verifikasi")
  ResponseEntity<Void> verifikasi(@PathVariable long id, Cakupan cakupan) {
    koperasi.verifikasi(id, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/pengurus")
  ResponseEntity<?> pengurus(
      @PathVariable long id,
      @Valid @RequestBody CatatPengurus p,
      BindingResult hasil,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    susunan.tambahPengurus(id, p, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/anggota")
  ResponseEntity<?> anggota(
      @PathVariable long id,
      @Valid @RequestBody CatatAnggota a,
      BindingResult hasil,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    susunan.catatAnggota(id, a, cakupan);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/anggota-koperasi")
  ResponseEntity<?> anggotaKoperasi(
      @PathVariable long id,
      @Valid @RequestBody CatatAnggotaKoperasi a,
      BindingResult hasil,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    susunan.tambahAnggotaKoperasi(id, a, cakupan);
    return ResponseEntity.noContent().build();
  }

  /** The member businesses the caller's scope reaches. */
  @GetMapping("/{id}/usaha")
  List<AnggotaUsaha> usaha(@PathVariable long id, Cakupan cakupan) {
    return usaha.usaha(id, cakupan);
  }

  @PostMapping("/{id}/usaha")
  ResponseEntity<?> tambahUsaha(
      @PathVariable long id,
      @Valid @RequestBody CatatAnggotaUsaha c,
      BindingResult hasil,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    usaha.tambah(id, c, cakupan);
    return ResponseEntity.noContent().build();
  }

  /** The cooperatives a business of the UMKM register is a member of. */
  @GetMapping("/usaha/{usahaId}")
  List<KeanggotaanUsaha> koperasiUsaha(@PathVariable long usahaId, Cakupan cakupan) {
    return usaha.koperasi(usahaId, cakupan);
  }

  @ExceptionHandler(BidangDitolak.class)
  ResponseEntity<ProblemDetail> ditolak(BidangDitolak e) {
    return masalah.dari(e);
  }
}

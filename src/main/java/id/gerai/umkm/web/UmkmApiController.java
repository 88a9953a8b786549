package id.gerai.umkm.web;

import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.web.MasalahIsian;
import id.gerai.umkm.DaftarkanUmkm;
import id.gerai.umkm.DuplikatAlasan;
import id.gerai.umkm.DuplikatEntri;
import id.gerai.umkm.DuplikatTemuan;
import id.gerai.umkm.UmkmDetail;
import id.gerai.umkm.UmkmRingkas;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import id.gerai.umkm.UmkmTerdaftar;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/umkm}: the register for API clients, within the caller's scope. A refused
 * registration answers 400 with a problem detail whose {@code galat} maps each field to its
 * message.
 */
@RestController
@RequestMapping("/api/v1/umkm")
class UmkmApiController {

  private final UmkmService umkm;
  private final DuplikatEntri duplikat;
  private final MessageSource pesan;
  private final MasalahIsian masalah;

  UmkmApiController(UmkmService umkm, DuplikatEntri duplikat, MessageSource pesan) {
    this.umkm = umkm;
    this.duplikat = duplikat;
    this.pesan = pesan;
    this.masalah = new MasalahIsian(pesan, "umkm.register.galat.isian");
  }

  /**
   * One page of businesses; same filters as the list page, {@code halaman} from 0. The total is
   * exact up to {@link UmkmSaringan#BATAS_HITUNG}; beyond, it reads one more than that and the
   * header {@code X-Jumlah-Terbatas: true} says the count stopped there.
   */
  @GetMapping
  ResponseEntity<Halaman<UmkmRingkas>> cari(UmkmSaringan saringan, Cakupan cakupan) {
    Halaman<UmkmRingkas> hal = umkm.cari(saringan, cakupan);
    ResponseEntity.BodyBuilder jawab = ResponseEntity.ok();
    if (UmkmSaringan.terbatas(hal)) {
      jawab.header("X-Jumlah-Terbatas", "true");
    }
    return jawab.body(hal);
  }

  @GetMapping("/{id}")
  UmkmDetail ambil(@PathVariable long id, Cakupan cakupan) {
    return umkm.ambil(id, cakupan);
  }

  /**
   * Registers a business. Likely duplicates answer 409 with the candidates in the caller's scope
   * ({@code kandidat}) and whether one exists outside it ({@code adaDiLuarCakupan}), unless the
   * request says {@code konfirmasiDuplikat=true}.
   */
  @PostMapping
  ResponseEntity<?> daftarkan(
      @Valid @RequestBody DaftarkanUmkm perintah,
      BindingResult hasil,
      @RequestParam(name = "konfirmasiDuplikat", defaultValue = "false") boolean konfirmasi,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    if (!konfirmasi) {
      DuplikatTemuan temuan = duplikat.periksa(perintah, cakupan);
      if (temuan.ada()) {
        return ganda(temuan);
      }
    }
    UmkmTerdaftar t = umkm.daftarkan(perintah, cakupan);
    return ResponseEntity.created(URI.create("/api/v1/umkm/" + t.usahaId())).body(t);
  }

  /**
   * Replaces a business and its owner; {@code versi} (optional) guards against a lost update. An
   * edit of the NIB, the owner's NIK or phone or the business name that makes it look like another
   * business answers 409 as a registration does, unless {@code konfirmasiDuplikat=true}.
   */
  @PutMapping("/{id}")
  ResponseEntity<?> ubah(
      @PathVariable long id,
      @RequestParam(name = "versi", required = false) Integer versi,
      @Valid @RequestBody DaftarkanUmkm perintah,
      BindingResult hasil,
      @RequestParam(name = "konfirmasiDuplikat", defaultValue = "false") boolean konfirmasi,
      Cakupan cakupan) {
    if (hasil.hasErrors()) {
      return masalah.dari(hasil);
    }
    if (!konfirmasi) {
      DuplikatTemuan temuan = duplikat.periksaUbah(id, perintah, cakupan);
      if (temuan.ada()) {
        return ganda(temuan);
      }
    }
    return ResponseEntity.ok(umkm.ubah(id, versi, perintah, cakupan));
  }

  private ResponseEntity<ProblemDetail> ganda(DuplikatTemuan temuan) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, pesan.getMessage("umkm.register.duplikat.api", null, locale));
    p.setProperty(
        "kandidat",
        temuan.dalamCakupan().stream()
            .map(
                c ->
                    new Kandidat(
                        c.id(),
                        c.nama(),
                        c.pemilik(),
                        c.kodeWilayah(),
                        c.alasan(),
                        pesan.getMessage(
                            "umkm.duplikat.alasan." + c.alasan().name(), null, locale)))
            .toList());
    p.setProperty("adaDiLuarCakupan", temuan.adaDiLuarCakupan());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
  }

  /** A likely duplicate in the caller's scope, with the reason in plain words. */
  record Kandidat(
      long id,
      String nama,
      String pemilik,
      String kodeWilayah,
      DuplikatAlasan alasan,
      String alasanTeks) {}

  @ExceptionHandler(BidangDitolak.class)
  ResponseEntity<ProblemDetail> ditolak(BidangDitolak e) {
    return masalah.dari(e);
  }
}

package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.KelasUsaha;
import id.gerai.umkm.TanggaHasil;
import id.gerai.umkm.TanggaJenjang;
import id.gerai.umkm.TanggaKelas;
import id.gerai.umkm.TanggaService;
import id.gerai.umkm.TanggaStatus;
import id.gerai.umkm.TanggaUsaha;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/umkm/{id}/tangga}: a business's rungs, its current rung and the next step, and its
 * size class with the next class to reach, in plain words in the caller's language (and as message
 * keys).
 */
@RestController
class TanggaApiController {

  private final TanggaService tangga;
  private final MessageSource pesan;

  TanggaApiController(TanggaService tangga, MessageSource pesan) {
    this.tangga = tangga;
    this.pesan = pesan;
  }

  record Jenjang(TanggaJenjang jenjang, String nama, TanggaStatus status) {}

  record Jawaban(
      long usahaId,
      String namaUsaha,
      boolean pembukuan,
      boolean pembiayaanFormal,
      List<Jenjang> jenjang,
      TanggaJenjang sekarang,
      TanggaJenjang berikutnya,
      String kunciLangkah,
      String langkahBerikutnya,
      Kelas kelas) {}

  /**
   * The size-class rung: the latest year's class by sales (null when no figures), its year and
   * rule, the next class and the step that reaches it in plain words.
   */
  record Kelas(
      KelasUsaha kelas,
      String namaKelas,
      Integer tahun,
      String dasarKriteria,
      KelasUsaha berikutnya,
      String kunciLangkah,
      String langkah) {}

  @GetMapping("/api/v1/umkm/{id}/tangga")
  Jawaban tangga(@PathVariable long id, Cakupan cakupan) {
    TanggaUsaha t = tangga.untuk(id, cakupan);
    TanggaHasil h = t.hasil();
    Locale locale = LocaleContextHolder.getLocale();
    List<Jenjang> jenjang =
        h.jenjang().stream()
            .map(c -> new Jenjang(c.jenjang(), teks(c.kunciNama(), locale), c.status()))
            .toList();
    return new Jawaban(
        t.usahaId(),
        t.namaUsaha(),
        t.penanda().pembukuan(),
        t.penanda().pembiayaanFormal(),
        jenjang,
        h.sekarang(),
        h.berikutnya(),
        h.langkahBerikutnya(),
        teks(h.langkahBerikutnya(), locale),
        kelas(h.kelas(), locale));
  }

  private Kelas kelas(TanggaKelas k, Locale locale) {
    return new Kelas(
        k.kelas(),
        k.diketahui() ? teks(k.kunciNama(), locale) : null,
        k.tahun(),
        k.dasar() == null ? null : k.dasar().nama(),
        k.berikutnya(),
        k.kunciLangkah(),
        teks(k.kunciLangkah(), locale));
  }

  private String teks(String kunci, Locale locale) {
    return pesan.getMessage(kunci, null, locale);
  }
}

package id.gerai.umkm.web;

import id.gerai.umkm.ImporDuplikat;
import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.ImporLaporan;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An import report's problems (and likely duplicates) as text in the caller's language, for pages,
 * JSON and CSV.
 */
@Component
class ImporTeks {

  /** One problem for display: row, column, key and its text. */
  record Galat(int baris, String kolom, String kunci, String pesan) {}

  /** A likely duplicate: the row, the registered business it resembles, and why, as text. */
  record Duplikat(
      int baris,
      long usahaId,
      String nama,
      String pemilik,
      String kodeWilayah,
      String alasan,
      String pesan) {}

  /** The report as the API answers it. */
  record Laporan(
      int dibaca,
      int sah,
      int ditolak,
      int ditambahkan,
      int dilewati,
      boolean disimpan,
      List<String> kolomTakDikenal,
      List<Galat> galat,
      List<Galat> peringatan,
      List<Duplikat> duplikat) {}

  private final MessageSource pesan;

  ImporTeks(MessageSource pesan) {
    this.pesan = pesan;
  }

  Laporan laporan(ImporLaporan l, Locale locale) {
    return new Laporan(
        l.dibaca(),
        l.sah(),
        l.ditolak(),
        l.ditambahkan(),
        l.dilewati(),
        l.disimpan(),
        l.kolomTakDikenal(),
        daftar(l.galat(), locale),
        daftar(l.peringatan(), locale),
        l.duplikat().stream().map(d -> duplikat(d, locale)).toList());
  }

  private Duplikat duplikat(ImporDuplikat d, Locale locale) {
    String alasan =
        pesan.getMessage(
            "umkm.duplikat.alasan." + d.alasan().name(), null, d.alasan().name(), locale);
    Object[] arg = {String.valueOf(d.usahaId()), d.nama(), d.pemilik(), alasan};
    return new Duplikat(
        d.baris(),
        d.usahaId(),
        d.nama(),
        d.pemilik(),
        d.kodeWilayah(),
        d.alasan().name(),
        pesan.getMessage("impor.duplikat.pesan", arg, locale));
  }

  List<Galat> daftar(List<ImporGalat> semua, Locale locale) {
    return semua.stream()
        .map(g -> new Galat(g.baris(), g.kolom(), g.kunci(), teks(g, locale)))
        .toList();
  }

  String teks(ImporGalat g, Locale locale) {
    Object[] arg = {g.argumen() == null ? "" : g.argumen()};
    return pesan.getMessage(g.kunci(), arg, g.kunci(), locale);
  }
}

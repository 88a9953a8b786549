package id.gerai.umkm.web;

import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.ImporLaporan;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An import report's problems as text in the caller's language, for pages, JSON and CSV. */
@Component
class ImporTeks {

  /** One problem for display: row, column, key and its text. */
  record Galat(int baris, String kolom, String kunci, String pesan) {}

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
      List<Galat> peringatan) {}

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
        daftar(l.peringatan(), locale));
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

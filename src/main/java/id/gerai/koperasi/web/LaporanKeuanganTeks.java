package id.gerai.koperasi.web;

import id.gerai.koperasi.LaporanKeuanganGalat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words of a statement problem: the figure's label goes first into every message. */
final class LaporanKeuanganTeks {

  private LaporanKeuanganTeks() {}

  static Object[] argumen(LaporanKeuanganGalat g, MessageSource pesan, Locale locale) {
    Object[] hasil = new Object[g.argumen().length + 1];
    hasil[0] = pesan.getMessage("koperasi.kesehatan.pos." + g.pos(), null, g.pos(), locale);
    System.arraycopy(g.argumen(), 0, hasil, 1, g.argumen().length);
    return hasil;
  }
}

package id.gerai.kegiatan.web;

import id.gerai.shared.GalatBerpesan;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal's message in the caller's language, for pages that show it beside the form. */
final class PesanGalat {

  private PesanGalat() {}

  static String teks(MessageSource pesan, GalatBerpesan e) {
    return pesan.getMessage(
        e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale());
  }
}

package id.gerai.koperasi.web;

import id.gerai.shared.BidangDitolak;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms on a cooperative's page post and come back to the page: their errors travel as
 * flash texts in the user's language, each prefixed with its field's label.
 */
@Component
class PesanGalat {

  private final MessageSource pesan;

  PesanGalat(MessageSource pesan) {
    this.pesan = pesan;
  }

  void dari(BindingResult hasil, RedirectAttributes redirect) {
    Locale l = LocaleContextHolder.getLocale();
    List<String> teks = new ArrayList<>();
    for (FieldError f : hasil.getFieldErrors()) {
      teks.add(label(f.getField(), l) + pesan.getMessage(f, l));
    }
    redirect.addFlashAttribute("galat", teks);
  }

  void dari(BidangDitolak e, RedirectAttributes redirect) {
    Locale l = LocaleContextHolder.getLocale();
    List<String> teks = new ArrayList<>();
    e.galat()
        .forEach(
            (bidang, kode) -> teks.add(label(bidang, l) + pesan.getMessage(kode, null, kode, l)));
    redirect.addFlashAttribute("galat", teks);
  }

  private String label(String bidang, Locale l) {
    if (bidang.isEmpty()) {
      return "";
    }
    return pesan.getMessage("koperasi.bidang." + bidang, null, bidang, l) + ": ";
  }
}

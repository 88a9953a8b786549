package id.gerai.koperasi.web;

import id.gerai.koperasi.KoperasiDitolak;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A refused request as an RFC 9457 problem detail (400) whose {@code galat} maps each field to its
 * message in the caller's language, like the other APIs.
 */
@Component
class MasalahApi {

  private final MessageSource pesan;

  MasalahApi(MessageSource pesan) {
    this.pesan = pesan;
  }

  ResponseEntity<ProblemDetail> dari(KoperasiDitolak e) {
    Locale l = LocaleContextHolder.getLocale();
    Map<String, String> galat = new LinkedHashMap<>();
    e.galat().forEach((b, k) -> galat.put(b, pesan.getMessage(k, null, k, l)));
    return jawab(galat);
  }

  ResponseEntity<ProblemDetail> dari(BindingResult hasil) {
    Locale l = LocaleContextHolder.getLocale();
    Map<String, String> galat = new LinkedHashMap<>();
    for (FieldError f : hasil.getFieldErrors()) {
      galat.putIfAbsent(f.getField(), pesan.getMessage(f, l));
    }
    return jawab(galat);
  }

  private ResponseEntity<ProblemDetail> jawab(Map<String, String> galat) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            pesan.getMessage("koperasi.galat.isian", null, LocaleContextHolder.getLocale()));
    p.setProperty("galat", galat);
    return ResponseEntity.badRequest().body(p);
  }
}

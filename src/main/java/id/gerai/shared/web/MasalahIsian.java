package id.gerai.shared.web;

import id.gerai.shared.BidangDitolak;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A refused request as an RFC 9457 problem detail (400): the detail is the module's own summary
 * ({@code kunciJudul}), and {@code galat} maps each field to its message in the caller's language.
 * The APIs that take forms answer their field errors through it, so they all look alike.
 */
public class MasalahIsian {

  private final MessageSource pesan;
  private final String kunciJudul;

  public MasalahIsian(MessageSource pesan, String kunciJudul) {
    this.pesan = pesan;
    this.kunciJudul = kunciJudul;
  }

  public ResponseEntity<ProblemDetail> dari(BidangDitolak e) {
    Locale l = LocaleContextHolder.getLocale();
    Map<String, String> galat = new LinkedHashMap<>();
    e.galat().forEach((b, k) -> galat.put(b, pesan.getMessage(k, null, k, l)));
    return jawab(galat);
  }

  public ResponseEntity<ProblemDetail> dari(BindingResult hasil) {
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
            pesan.getMessage(kunciJudul, null, LocaleContextHolder.getLocale()));
    p.setProperty("galat", galat);
    return ResponseEntity.badRequest().body(p);
  }
}

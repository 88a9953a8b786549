package id.gerai.shared.web;

import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.TidakDitemukan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns errors into answers a person can read, in their language: the API gets a
 * problem detail (RFC 9457), a page gets the friendly error page. No stack trace reaches anyone; an
 * unexpected error is logged here with its trace for the operator.
 */
@ControllerAdvice
class GalatHandler {

  private static final Logger log = LoggerFactory.getLogger(GalatHandler.class);

  private final MessageSource pesan;

  GalatHandler(MessageSource pesan) {
    this.pesan = pesan;
  }

  @ExceptionHandler(GalatBerpesan.class)
  Object galatBerpesan(GalatBerpesan e, HttpServletRequest req, HttpServletResponse res) {
    HttpStatus status = e instanceof TidakDitemukan ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return jawab(req, res, status, teks(e.kodePesan(), e.argumen()));
  }

  @ExceptionHandler({
    TypeMismatchException.class,
    MissingServletRequestParameterException.class,
    HttpMessageNotReadableException.class,
    BindException.class
  })
  Object masukanRusak(Exception e, HttpServletRequest req, HttpServletResponse res) {
    return jawab(req, res, HttpStatus.BAD_REQUEST, teks("galat.masukan", new Object[0]));
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
  Object berkas(Exception e, HttpServletRequest req, HttpServletResponse res) {
    return jawab(req, res, HttpStatus.BAD_REQUEST, teks("galat.berkas", new Object[0]));
  }

  @ExceptionHandler(Exception.class)
  Object lainnya(Exception e, HttpServletRequest req, HttpServletResponse res) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e; // Spring Security answers these: 403, or a sign-in
    }
    if (e instanceof ErrorResponse er && er.getStatusCode().value() < 500) {
      HttpStatus status = HttpStatus.valueOf(er.getStatusCode().value());
      return jawab(req, res, status, teks("galat." + status.value() + ".pesan", new Object[0]));
    }
    log.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
    return jawab(
        req, res, HttpStatus.INTERNAL_SERVER_ERROR, teks("galat.500.pesan", new Object[0]));
  }

  private Object jawab(
      HttpServletRequest req, HttpServletResponse res, HttpStatus status, String teks) {
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(status, teks);
      return ResponseEntity.status(status).body(p);
    }
    res.setStatus(status.value());
    ModelAndView mav = new ModelAndView("error/galat", status);
    mav.addObject("status", status.value());
    mav.addObject("pesan", teks);
    return mav;
  }

  private String teks(String kode, Object[] argumen) {
    Locale locale = LocaleContextHolder.getLocale();
    return pesan.getMessage(kode, argumen, kode, locale);
  }
}

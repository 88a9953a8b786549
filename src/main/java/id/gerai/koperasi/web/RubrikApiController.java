package id.gerai.koperasi.web;

import id.gerai.koperasi.RubrikService;
import id.gerai.koperasi.RubrikTersimpan;
import id.gerai.koperasi.RubrikTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/koperasi/kesehatan/rubrik}: the published rubric versions, each version's file,
 * and (administrators) publishing a new version's file, checked exactly as an upload is.
 */
@RestController
class RubrikApiController {

  private final RubrikService rubrik;
  private final MessageSource pesan;

  RubrikApiController(RubrikService rubrik, MessageSource pesan) {
    this.rubrik = rubrik;
    this.pesan = pesan;
  }

  record Versi(
      long id,
      String kode,
      String regulasi,
      LocalDate berlakuMulai,
      List<String> kelompokKoperasi,
      String asal,
      String diterbitkanOleh,
      OffsetDateTime diterbitkanPada) {}

  record Galat(String kode, String di, String rincian, String pesan) {}

  @GetMapping("/api/v1/koperasi/kesehatan/rubrik")
  List<Versi> semua() {
    return rubrik.semua().stream().map(RubrikApiController::versi).toList();
  }

  @GetMapping(
      value = "/api/v1/koperasi/kesehatan/rubrik/{id}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  String berkas(@PathVariable long id) {
    rubrik
        .menurutId(id)
        .orElseThrow(
            () ->
                new TidakDitemukan(
                    "koperasi.kesehatan.rubrik.tidak-ditemukan", String.valueOf(id)));
    return rubrik.isi(id);
  }

  @PostMapping(
      value = "/api/v1/koperasi/kesehatan/rubrik",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(RubrikService.BOLEH_TERBITKAN)
  ResponseEntity<Versi> terbitkan(@RequestBody String isi, Authentication auth) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(versi(rubrik.terbitkan(isi, auth.getName())));
  }

  @ExceptionHandler(RubrikTidakSah.class)
  ProblemDetail tidakSah(RubrikTidakSah e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, pesan.getMessage(e.kodePesan(), e.argumen(), locale));
    p.setProperty(
        "galat",
        e.galat().stream()
            .map(
                g ->
                    new Galat(
                        g.kode(),
                        g.di(),
                        g.rincian(),
                        pesan.getMessage(
                            g.kunciPesan(),
                            new Object[] {g.di(), g.rincian()},
                            g.kunciPesan(),
                            locale)))
            .toList());
    return p;
  }

  private static Versi versi(RubrikTersimpan r) {
    return new Versi(
        r.id(),
        r.kode(),
        r.regulasi(),
        r.berlakuMulai(),
        r.rubrik().kelompokKoperasi(),
        r.asal(),
        r.diterbitkanOleh(),
        r.diterbitkanPada());
  }
}

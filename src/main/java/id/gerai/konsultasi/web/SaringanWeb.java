package id.gerai.konsultasi.web;

import id.gerai.konsultasi.SaringanKonsultasi;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters as the page shows them, and the address of another page of the list. */
record SaringanWeb(SaringanKonsultasi s) {

  public String uri(int halaman) {
    return UriComponentsBuilder.fromPath("/konsultasi")
        .queryParamIfPresent("status", java.util.Optional.ofNullable(s.status()))
        .queryParamIfPresent("kategori", java.util.Optional.ofNullable(s.kategori()))
        .queryParamIfPresent("terlambat", java.util.Optional.ofNullable(s.terlambat()))
        .queryParamIfPresent("usaha", java.util.Optional.ofNullable(s.usaha()))
        .queryParamIfPresent("koperasi", java.util.Optional.ofNullable(s.koperasi()))
        .queryParam("halaman", Math.max(0, halaman))
        .build()
        .toUriString();
  }
}

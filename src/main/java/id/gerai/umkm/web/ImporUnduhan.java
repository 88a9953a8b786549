package id.gerai.umkm.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A download answer (CSV or XLSX) as an attachment. */
final class ImporUnduhan {

  static final MediaType CSV =
      new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private ImporUnduhan() {}

  static ResponseEntity<byte[]> csv(String nama, byte[] isi) {
    return unduh(nama, CSV, isi);
  }

  static ResponseEntity<byte[]> unduh(String nama, MediaType jenis, byte[] isi) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .contentType(jenis)
        .body(isi);
  }
}

package id.gerai.umkm.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV download answer. */
final class ImporUnduhan {

  private ImporUnduhan() {}

  static ResponseEntity<byte[]> csv(String nama, byte[] isi) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(isi);
  }
}

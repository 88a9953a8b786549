package id.gerai.shared.web;

import id.gerai.shared.berkas.BerkasUnduhan;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file is sent: with the type its content was recognised as, never sniffed into
 * anything else, never cached by shared caches, under its sanitised name.
 */
public final class JawabanBerkas {

  private JawabanBerkas() {}

  /** As a download (every kind). */
  public static ResponseEntity<Resource> lampiran(BerkasUnduhan berkas) {
    return jawab(berkas, ContentDisposition.attachment());
  }

  /**
   * For viewing in the browser: pictures inline (a preview), a PDF still as a download, since a
   * browser's PDF viewer runs the document's own scripts.
   */
  public static ResponseEntity<Resource> pratinjau(BerkasUnduhan berkas) {
    return jawab(
        berkas,
        berkas.jenis().gambar() ? ContentDisposition.inline() : ContentDisposition.attachment());
  }

  private static ResponseEntity<Resource> jawab(
      BerkasUnduhan berkas, ContentDisposition.Builder disposisi) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(berkas.jenis().tipe()))
        .contentLength(berkas.ukuran())
        .header(
            HttpHeaders.CONTENT_DISPOSITION, disposisi.filename(berkas.nama()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(berkas.isi());
  }
}

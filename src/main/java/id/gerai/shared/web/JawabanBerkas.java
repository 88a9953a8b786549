package id.gerai.shared.web;

import id.gerai.shared.berkas.BerkasUnduhan;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a file is sent: a stored file with the type its content was recognised as, never sniffed into
 * anything else, never cached by shared caches, under its sanitised name; a file the product makes
 * (a template, rejected rows, a PDF) as a download of its own type.
 */
public final class JawabanBerkas {

  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private JawabanBerkas() {}

  /** A file the product made, as a download. */
  public static ResponseEntity<byte[]> lampiran(String nama, MediaType jenis, byte[] isi) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .contentType(jenis)
        .body(isi);
  }

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

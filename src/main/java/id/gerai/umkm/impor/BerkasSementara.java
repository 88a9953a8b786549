package id.gerai.umkm.impor;

import id.gerai.umkm.ImporBerkas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Uploaded files between the preview and the save, in a private temp folder, named by a random
 * token (never by the user's file name). Files older than an hour are deleted on the next upload.
 */
@Component
public class BerkasSementara {

  private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");
  private static final Duration UMUR = Duration.ofHours(1);

  private final Path folder;

  BerkasSementara() throws IOException {
    this.folder = Files.createTempDirectory("gerai-impor");
  }

  /** Keeps the upload and answers its token. */
  public String simpan(InputStream isi, String namaAsli) {
    bersihkan();
    String token = UUID.randomUUID().toString();
    try {
      Files.copy(
          isi, jalur(token, ImporBerkas.xlsx(namaAsli)), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return token;
  }

  /** The file behind a token, unless unknown or expired. */
  public Optional<ImporBerkas> ambil(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    for (boolean xlsx : new boolean[] {false, true}) {
      Path p = jalur(token, xlsx);
      if (Files.exists(p) && !kedaluwarsa(p)) {
        return Optional.of(new ImporBerkas(p, xlsx));
      }
    }
    return Optional.empty();
  }

  public void hapus(String token) {
    ambil(token).ifPresent(b -> hapus(b.path()));
  }

  private Path jalur(String token, boolean xlsx) {
    return folder.resolve(token + (xlsx ? ".xlsx" : ".csv"));
  }

  private void bersihkan() {
    try (Stream<Path> semua = Files.list(folder)) {
      semua.filter(BerkasSementara::kedaluwarsa).forEach(BerkasSementara::hapus);
    } catch (IOException e) {
      // cleaning is best effort; the next upload tries again
    }
  }

  private static boolean kedaluwarsa(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(UMUR));
    } catch (IOException e) {
      return true;
    }
  }

  private static void hapus(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // already gone or locked: the next clean-up retries
    }
  }
}

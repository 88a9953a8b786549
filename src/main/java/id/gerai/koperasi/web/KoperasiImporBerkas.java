package id.gerai.koperasi.web;

import id.gerai.shared.MasukanTidakSah;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.web.multipart.MultipartFile;

/** An upload held in a temp file (never under the user's name) while one request reads it. */
final class KoperasiImporBerkas {

  private KoperasiImporBerkas() {}

  static <T> T dengan(MultipartFile file, BiFunction<Path, Boolean, T> kerja) {
    if (file == null || file.isEmpty()) {
      throw new MasukanTidakSah("koperasi.impor.kosong");
    }
    String nama = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    boolean xlsx = nama.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    Path p = null;
    try (InputStream in = file.getInputStream()) {
      p = Files.createTempFile("gerai-koperasi-impor", xlsx ? ".xlsx" : ".csv");
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      return kerja.apply(p, xlsx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (p != null) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // the OS temp cleaner removes it later
        }
      }
    }
  }
}

package id.gerai.umkm;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An uploaded register file kept on disk while it is checked and saved. The user's file name only
 * chooses the format; it is never used as a path.
 */
public record ImporBerkas(Path path, boolean xlsx) {

  public static ImporBerkas dari(Path path, String namaAsli) {
    return new ImporBerkas(path, xlsx(namaAsli));
  }

  public static boolean xlsx(String namaAsli) {
    return namaAsli != null && namaAsli.toLowerCase(Locale.ROOT).strip().endsWith(".xlsx");
  }
}

package id.gerai.shared.berkas;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;

/**
 * What one use of the store accepts: which kinds of file and how large at most. Each caller states
 * its own (a decree takes PDFs up to 5 MB, a business photo pictures only).
 */
public record AturanBerkas(Set<JenisBerkas> jenis, DataSize maks) {

  public AturanBerkas {
    if (jenis == null || jenis.isEmpty() || maks == null || maks.toBytes() < 1) {
      throw new IllegalArgumentException("A file rule needs kinds and a positive size");
    }
    jenis = Set.copyOf(EnumSet.copyOf(jenis));
  }

  public static AturanBerkas dari(DataSize maks, JenisBerkas... jenis) {
    return new AturanBerkas(EnumSet.copyOf(Arrays.asList(jenis)), maks);
  }

  public boolean boleh(JenisBerkas j) {
    return jenis.contains(j);
  }

  /** The largest file as people read it, e.g. 5 MB or 300 KB. */
  public String maksTeks() {
    long b = maks.toBytes();
    return b >= 1 << 20 && b % (1 << 20) == 0 ? (b >> 20) + " MB" : Math.max(1, b >> 10) + " KB";
  }

  /** The accepted kinds as people read them, e.g. PDF, JPEG, PNG. */
  public String jenisTeks() {
    return EnumSet.copyOf(jenis).stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The accept attribute of a file field (a hint for the picker, never a check). */
  public String terima() {
    return EnumSet.copyOf(jenis).stream()
        .map(j -> j.tipe() + "," + "." + String.join(",.", j.semuaAkhiran()))
        .collect(Collectors.joining(","));
  }
}

package id.gerai.umkm;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Where a business sells; kept as a comma list in {@code usaha.saluran_penjualan}. */
public enum UsahaSaluran {
  OFFLINE,
  MARKETPLACE,
  MEDIA_SOSIAL,
  SITUS_SENDIRI;

  static String gabung(Collection<UsahaSaluran> saluran) {
    if (saluran == null || saluran.isEmpty()) {
      return null;
    }
    return saluran.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static List<UsahaSaluran> urai(String teks) {
    if (teks == null || teks.isBlank()) {
      return List.of();
    }
    return Arrays.stream(teks.split(",")).map(String::strip).map(UsahaSaluran::valueOf).toList();
  }
}

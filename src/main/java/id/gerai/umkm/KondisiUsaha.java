package id.gerai.umkm;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the ladder needs to know about a business: the permits it holds that are still valid (an NIB
 * in the register counts as one), its sales channels, whether it keeps books and has formal credit,
 * and how many people work in it, the owner included ({@code null} when unknown).
 */
public record KondisiUsaha(
    Set<LegalitasJenis> legalitas,
    Set<String> saluranPenjualan,
    boolean pembukuan,
    boolean pembiayaanFormal,
    Integer tenagaKerja) {

  public KondisiUsaha {
    legalitas = legalitas == null || legalitas.isEmpty() ? Set.of() : Set.copyOf(legalitas);
    saluranPenjualan = saluranPenjualan == null ? Set.of() : Set.copyOf(saluranPenjualan);
  }

  /**
   * The channels of {@code usaha.saluran_penjualan}, a comma list such as {@code
   * OFFLINE,MARKETPLACE}.
   */
  public static Set<String> saluran(String daftar) {
    if (daftar == null || daftar.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(daftar.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(String::toUpperCase)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The kinds in a list, as an enum set (empty for none). */
  public static Set<LegalitasJenis> jenis(LegalitasJenis... jenis) {
    return jenis.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(jenis));
  }
}

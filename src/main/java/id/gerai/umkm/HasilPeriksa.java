package id.gerai.umkm;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking an identifier: {@code galat} (errors) make it unusable, {@code
 * peringatan} (warnings) only ask the user to look again. Both hold message keys of the {@code
 * i18n/umkm} bundle.
 */
public record HasilPeriksa(List<String> galat, List<String> peringatan) {

  public HasilPeriksa {
    galat = List.copyOf(galat);
    peringatan = List.copyOf(peringatan);
  }

  /** Nothing wrong. */
  public static HasilPeriksa baik() {
    return new HasilPeriksa(List.of(), List.of());
  }

  /** One error. */
  public static HasilPeriksa galat(String kunci) {
    return new HasilPeriksa(List.of(kunci), List.of());
  }

  /** Valid when there is no error; warnings do not make it invalid. */
  public boolean sah() {
    return galat.isEmpty();
  }

  /** This result with one more warning. */
  public HasilPeriksa denganPeringatan(String kunci) {
    List<String> semua = new ArrayList<>(peringatan);
    semua.add(kunci);
    return new HasilPeriksa(galat, semua);
  }
}

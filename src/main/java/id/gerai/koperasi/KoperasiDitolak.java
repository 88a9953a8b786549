package id.gerai.koperasi;

import id.gerai.shared.MasukanTidakSah;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change the register refuses, with the message key for each field at fault (the key {@code ""}
 * for the whole request): a page shows each beside its field, the API lists them in its problem.
 */
public class KoperasiDitolak extends MasukanTidakSah {

  private final Map<String, String> galat;

  public KoperasiDitolak(Map<String, String> galat) {
    super(galat.values().iterator().next());
    this.galat = Map.copyOf(new LinkedHashMap<>(galat));
  }

  public static KoperasiDitolak bidang(String bidang, String kodePesan) {
    return new KoperasiDitolak(Map.of(bidang, kodePesan));
  }

  /** Field name to message key. */
  public Map<String, String> galat() {
    return galat;
  }
}

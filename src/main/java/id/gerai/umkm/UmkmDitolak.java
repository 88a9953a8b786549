package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration or edit the register refuses, with the message key for each field at fault (the
 * key {@code ""} for the whole request), so a page shows each beside its field and the API lists
 * them in its problem detail.
 */
public class UmkmDitolak extends MasukanTidakSah {

  private final Map<String, String> galat;

  public UmkmDitolak(Map<String, String> galat) {
    super(galat.values().iterator().next());
    this.galat = Map.copyOf(new LinkedHashMap<>(galat));
  }

  public static UmkmDitolak bidang(String bidang, String kodePesan) {
    return new UmkmDitolak(Map.of(bidang, kodePesan));
  }

  /** Field name to message key. */
  public Map<String, String> galat() {
    return galat;
  }
}

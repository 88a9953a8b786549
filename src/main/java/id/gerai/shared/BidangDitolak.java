package id.gerai.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a rule refuses, with the message key for each form field at fault (the key {@code ""} for
 * the whole request): a page shows each beside its field, the API lists them in its problem detail.
 * The first key is the exception's own message, for anywhere else it surfaces as a 400.
 */
public class BidangDitolak extends MasukanTidakSah {

  private final transient Map<String, String> galat;

  public BidangDitolak(Map<String, String> galat) {
    super(galat.values().iterator().next());
    this.galat = Collections.unmodifiableMap(new LinkedHashMap<>(galat));
  }

  public static BidangDitolak bidang(String bidang, String kodePesan) {
    return new BidangDitolak(Map.of(bidang, kodePesan));
  }

  /** Field name to message key. */
  public Map<String, String> galat() {
    return galat;
  }
}

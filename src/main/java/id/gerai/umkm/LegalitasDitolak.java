package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.util.Map;

/** A permit that cannot be recorded as given: the errors by field, the first one as the message. */
public class LegalitasDitolak extends MasukanTidakSah {

  private final transient Map<String, String> galat;

  public LegalitasDitolak(Map<String, String> galat) {
    super(galat.values().iterator().next());
    this.galat = Map.copyOf(galat);
  }

  /** Message keys by field name (jenis, nomor, tanggalTerbit, berlakuSampai). */
  public Map<String, String> galat() {
    return galat;
  }
}

package id.gerai.gerai;

import id.gerai.shared.MasukanTidakSah;

/**
 * A change the gerai's rules refuse (closing a closed gerai, a code outside the home area, half a
 * position). It names the form field at fault, or none, so a page can show it beside the field;
 * anywhere else it answers 400 like any other invalid input.
 */
public class GeraiDitolak extends MasukanTidakSah {

  private final String bidang;

  public GeraiDitolak(String bidang, String kodePesan, Object... argumen) {
    super(kodePesan, argumen);
    this.bidang = bidang;
  }

  /** The form field at fault, or null when the whole request is. */
  public String bidang() {
    return bidang;
  }
}

package id.gerai.shared.berkas;

import id.gerai.shared.MasukanTidakSah;

/**
 * An uploaded file that is refused (empty, of a kind the use does not accept, too large,
 * unreadable): a 400 with a message key, which a form shows next to its file field.
 */
public class BerkasDitolak extends MasukanTidakSah {

  public BerkasDitolak(String kodePesan, Object... argumen) {
    super(kodePesan, argumen);
  }
}

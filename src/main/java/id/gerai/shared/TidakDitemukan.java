package id.gerai.shared;

/** A record that does not exist, or that the caller's scope does not reach: both answer 404. */
public class TidakDitemukan extends GalatBerpesan {

  public TidakDitemukan(String kodePesan, Object... argumen) {
    super(kodePesan, argumen);
  }
}

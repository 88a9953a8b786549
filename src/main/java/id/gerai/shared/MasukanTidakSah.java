package id.gerai.shared;

/** Input that can never be right (a malformed code, a bad file): answers 400 with a message key. */
public class MasukanTidakSah extends GalatBerpesan {

  public MasukanTidakSah(String kodePesan, Object... argumen) {
    super(kodePesan, argumen);
  }
}

package id.gerai.shared;

/** An error the user caused and can read: it carries a message key, never a stack trace. */
public abstract class GalatBerpesan extends RuntimeException {

  private final String kodePesan;
  private final transient Object[] argumen;

  protected GalatBerpesan(String kodePesan, Object... argumen) {
    super(kodePesan);
    this.kodePesan = kodePesan;
    this.argumen = argumen;
  }

  public String kodePesan() {
    return kodePesan;
  }

  public Object[] argumen() {
    return argumen;
  }
}

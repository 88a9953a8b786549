package id.gerai.gerai;

/** A gerai as the map needs it; the position is null when staff have not set it yet. */
public record TitikGerai(
    long id, String nama, GeraiJenis jenis, GeraiStatus status, Double lintang, Double bujur) {

  public boolean berposisi() {
    return lintang != null && bujur != null;
  }
}

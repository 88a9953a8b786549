package id.gerai.umkm;

import java.util.List;

/**
 * A business on the ladder: every rung with its state, the current rung (the highest one reached
 * with every rung below it reached too; {@code null} when not even the first), the next rung to
 * climb ({@code null} at the top) and the message key of that next step in plain words; beside them
 * the size-class rung with its own next step.
 */
public record TanggaHasil(
    List<Capaian> jenjang,
    TanggaJenjang sekarang,
    TanggaJenjang berikutnya,
    String langkahBerikutnya,
    TanggaKelas kelas) {

  public TanggaHasil {
    jenjang = List.copyOf(jenjang);
    kelas = kelas == null ? TanggaKelas.TIDAK_DIKETAHUI : kelas;
  }

  /** The rungs beyond size without the size class (unknown). */
  public TanggaHasil(
      List<Capaian> jenjang,
      TanggaJenjang sekarang,
      TanggaJenjang berikutnya,
      String langkahBerikutnya) {
    this(jenjang, sekarang, berikutnya, langkahBerikutnya, TanggaKelas.TIDAK_DIKETAHUI);
  }

  /** One rung and its state, with the message key of its name. */
  public record Capaian(TanggaJenjang jenjang, TanggaStatus status, String kunciNama) {}

  /** The state of one rung. */
  public TanggaStatus status(TanggaJenjang j) {
    return jenjang.stream()
        .filter(c -> c.jenjang() == j)
        .map(Capaian::status)
        .findFirst()
        .orElse(TanggaStatus.BELUM);
  }
}

package id.gerai.gerai;

import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;

/**
 * An officer's term: from {@code mulai} up to and including {@code selesai}; an open term has no
 * end yet. A term never ends before it starts.
 */
public record MasaBakti(LocalDate mulai, LocalDate selesai) {

  /** Where a term stands on a given day. */
  public enum Status {
    AKAN_DATANG,
    BERJALAN,
    SELESAI
  }

  public MasaBakti {
    if (mulai == null) {
      throw new MasukanTidakSah("pengurus.masa-bakti.mulai-wajib");
    }
    if (selesai != null && selesai.isBefore(mulai)) {
      throw new MasukanTidakSah("pengurus.masa-bakti.selesai-sebelum-mulai");
    }
  }

  public static MasaBakti terbuka(LocalDate mulai) {
    return new MasaBakti(mulai, null);
  }

  /** A term is current on a day it has started and not yet ended (the last day included). */
  public boolean berlakuPada(LocalDate hari) {
    return status(hari) == Status.BERJALAN;
  }

  public Status status(LocalDate hari) {
    if (hari.isBefore(mulai)) {
      return Status.AKAN_DATANG;
    }
    return selesai == null || !selesai.isBefore(hari) ? Status.BERJALAN : Status.SELESAI;
  }

  /** The same term ending on {@code hari}; refused when that is before it started. */
  public MasaBakti berakhirPada(LocalDate hari) {
    if (hari == null) {
      throw new MasukanTidakSah("pengurus.masa-bakti.selesai-wajib");
    }
    return new MasaBakti(mulai, hari);
  }
}

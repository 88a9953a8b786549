package id.gerai.konsultasi;

import static id.gerai.konsultasi.StatusKonsultasi.BARU;
import static id.gerai.konsultasi.StatusKonsultasi.DIPROSES;
import static id.gerai.konsultasi.StatusKonsultasi.DITUGASKAN;
import static id.gerai.konsultasi.StatusKonsultasi.DITUTUP;
import static id.gerai.konsultasi.StatusKonsultasi.MENUNGGU_PELAKU;
import static id.gerai.konsultasi.StatusKonsultasi.SELESAI;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves between statuses, as data: a case is assigned before it is worked on, waits for
 * the business only while in progress, is solved only after someone took it, can be reopened from
 * solved, and once closed stays closed. Assigning again (to someone else) is not a move.
 */
public final class AlurStatus {

  private static final Map<StatusKonsultasi, EnumSet<StatusKonsultasi>> BOLEH =
      new EnumMap<>(StatusKonsultasi.class);

  static {
    BOLEH.put(BARU, EnumSet.of(DITUGASKAN, DITUTUP));
    BOLEH.put(DITUGASKAN, EnumSet.of(DIPROSES, SELESAI, DITUTUP));
    BOLEH.put(DIPROSES, EnumSet.of(MENUNGGU_PELAKU, SELESAI, DITUTUP));
    BOLEH.put(MENUNGGU_PELAKU, EnumSet.of(DIPROSES, SELESAI, DITUTUP));
    BOLEH.put(SELESAI, EnumSet.of(DIPROSES, DITUTUP));
    BOLEH.put(DITUTUP, EnumSet.noneOf(StatusKonsultasi.class));
  }

  private AlurStatus() {}

  /** Whether a case may move from one status to another. */
  public static boolean boleh(StatusKonsultasi dari, StatusKonsultasi ke) {
    return BOLEH.get(dari).contains(ke);
  }

  /** Where a case may go next from a status (for the page's choices). */
  public static Set<StatusKonsultasi> berikutnya(StatusKonsultasi dari) {
    return EnumSet.copyOf(BOLEH.get(dari));
  }
}

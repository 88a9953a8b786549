package id.gerai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;

/**
 * The property every fuzz test checks: whatever a user types or uploads, the code either answers or
 * refuses with a user error ({@link GalatBerpesan}, a 400 with a message key); any other exception
 * escapes and is the finding. It also bounds the time one input may take and the bytes the reading
 * thread may allocate for it (an upper bound on the memory it can hold).
 */
public final class FuzzJaga {

  /** Far above any honest input of a few KB, far below a hang. */
  public static final Duration WAKTU_MAKS = Duration.ofSeconds(10);

  private static final com.sun.management.ThreadMXBean MX =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final ClassLoadingMXBean KELAS = ManagementFactory.getClassLoadingMXBean();

  private FuzzJaga() {}

  /**
   * Runs {@code target}; a user error is allowed only with one of {@code kodeBoleh} (any key when
   * empty).
   */
  public static void jalankan(long alokasiMaks, Set<String> kodeBoleh, Runnable target) {
    long id = Thread.currentThread().getId();
    long kelasAwal = KELAS.getTotalLoadedClassCount();
    long alokasiAwal = MX.getThreadAllocatedBytes(id);
    long mulai = System.nanoTime();
    try {
      target.run();
    } catch (GalatBerpesan e) {
      assertThat(e.kodePesan()).isNotBlank();
      if (!kodeBoleh.isEmpty()) {
        assertThat(kodeBoleh).contains(e.kodePesan());
      }
    }
    long alokasi = MX.getThreadAllocatedBytes(id) - alokasiAwal;
    Duration lama = Duration.ofNanos(System.nanoTime() - mulai);
    if (KELAS.getTotalLoadedClassCount() != kelasAwal) {
      // a first run also loads (and, when fuzzing, instruments) classes: not the input's cost
      return;
    }
    assertThat(lama).isLessThan(WAKTU_MAKS);
    assertThat(alokasi).isLessThan(alokasiMaks);
  }
}

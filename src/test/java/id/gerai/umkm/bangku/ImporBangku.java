package id.gerai.umkm.bangku;

import com.sun.management.GarbageCollectionNotificationInfo;
import id.gerai.GeraiApplication;
import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.ImporBerkas;
import id.gerai.umkm.ImporLaporan;
import id.gerai.umkm.ImporService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import benchmark's Java side (bench/impor.sh): starts the application on the given database,
 * signs in as Dinkop staff of Kota Semarang and saves the CSV through {@link ImporService#simpan},
 * the same call the page and the API make. Before that it times the preview of the same file
 * ({@link ImporService#periksa}: parse, check, look-ups, no write), the import's work without its
 * writes. Prints one line: rows, seconds, rows/s, peak heap in use (all heap pools' peaks during
 * the import), the largest heap still live after a GC, and the preview's seconds.
 *
 * <p>Not a test: run it with {@code -Xmx512m} and the database URL as a system property.
 */
public final class ImporBangku {

  private ImporBangku() {}

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    SpringApplication app = new SpringApplication(GeraiApplication.class);
    ConfigurableApplicationContext ctx =
        app.run(
            "--server.port=0",
            "--gerai.demo.enabled=false",
            "--gerai.akun.admin-password=bangku-rahasia",
            "--logging.level.root=WARN",
            "--spring.main.banner-mode=off");
    try {
      masuk();
      AtomicLong hidup = pantauGc();
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      hidup.set(0);
      ImporService impor = ctx.getBean(ImporService.class);
      long p0 = System.nanoTime();
      impor.periksa(new ImporBerkas(csv, false), Cakupan.wilayah("33.74"));
      double detikPeriksa = (System.nanoTime() - p0) / 1e9;
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      hidup.set(0);
      java.util.List<Long> cuplikan =
          java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      Thread sampel = pencuplik(cuplikan);
      long t0 = System.nanoTime();
      ImporLaporan l = impor.simpan(new ImporBerkas(csv, false), Cakupan.wilayah("33.74"));
      double detik = (System.nanoTime() - t0) / 1e9;
      sampel.interrupt();
      long puncak = puncakHeap();
      long usaha =
          ctx.getBean(JdbcClient.class)
              .sql("SELECT COUNT(*) FROM usaha")
              .query(Long.class)
              .single();
      System.out.printf(
          Locale.ROOT,
          "IMPOR rows=%d added=%d skipped=%d refused=%d seconds=%.2f rows_per_s=%.0f"
              + " peak_heap_mb=%.1f peak_after_gc_mb=%.1f peak_live_mb=%.1f median_live_mb=%.1f"
              + " usaha=%d check_seconds=%.2f%n",
          l.dibaca(),
          l.ditambahkan(),
          l.dilewati(),
          l.ditolak(),
          detik,
          l.dibaca() / detik,
          puncak / 1048576.0,
          hidup.get() / 1048576.0,
          cuplikan.stream().mapToLong(Long::longValue).max().orElse(0) / 1048576.0,
          median(cuplikan) / 1048576.0,
          usaha,
          detikPeriksa);
    } finally {
      ctx.close();
    }
  }

  /**
   * Every {@code PERIODE_MS} a full GC, then the heap still in use: the import's live set, which is
   * what must not grow with the file (the heap's high-water mark depends on when G1 chooses to
   * collect its old generation, not on what the import holds).
   */
  private static long median(java.util.List<Long> nilai) {
    java.util.List<Long> urut = new java.util.ArrayList<>(nilai);
    java.util.Collections.sort(urut);
    return urut.isEmpty() ? 0 : urut.get(urut.size() / 2);
  }

  private static Thread pencuplik(java.util.List<Long> cuplikan) {
    Thread t =
        new Thread(
            () -> {
              var mem = ManagementFactory.getMemoryMXBean();
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(PERIODE_MS);
                  System.gc();
                  cuplikan.add(mem.getHeapMemoryUsage().getUsed());
                }
              } catch (InterruptedException e) {
                // the import ended
              }
            },
            "cuplik-heap");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static final long PERIODE_MS = 3_000;

  private static void masuk() {
    PenggunaGerai p =
        new PenggunaGerai(
            -1, "bangku", "Bangku Impor", Peran.STAF_DINAS, Cakupan.wilayah("33.74"), "", true);
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
  }

  private static long puncakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(m -> m.getType() == MemoryType.HEAP)
        .mapToLong(m -> m.getPeakUsage().getUsed())
        .sum();
  }

  /** The largest heap in use right after any GC: what the import really holds. */
  private static AtomicLong pantauGc() {
    AtomicLong maks = new AtomicLong();
    java.util.Set<String> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(m -> m.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    n.getType())) {
                  var info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  long dipakai =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(e -> heap.contains(e.getKey()))
                          .mapToLong(e -> e.getValue().getUsed())
                          .sum();
                  maks.accumulateAndGet(dipakai, Math::max);
                }
              },
              null,
              null);
    }
    return maks;
  }
}

package id.gerai.umkm;

import id.gerai.umkm.impor.BarisImpor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads and checks a file on a thread of its own while the caller's thread, which holds the
 * transaction, saves the valid rows a chunk at a time: reading (CPU) and saving (database) overlap.
 * The hand-over queue holds a few chunks, so memory stays bounded whatever the file's size. A
 * failure on either side stops both and is thrown to the caller (the transaction then rolls back).
 */
final class ImporAliran {

  private static final List<BarisImpor> SELESAI = List.of();
  private static final int ANTRE = 2;

  private ImporAliran() {}

  /**
   * {@code pembaca} hands every valid row to the consumer it is given; {@code penyimpan} saves one
   * chunk (at most {@code ukuran} rows, in file order).
   */
  static void alirkan(
      Consumer<Consumer<BarisImpor>> pembaca, Consumer<List<BarisImpor>> penyimpan, int ukuran) {
    BlockingQueue<List<BarisImpor>> antre = new ArrayBlockingQueue<>(ANTRE);
    AtomicBoolean berhenti = new AtomicBoolean();
    CompletableFuture<Void> baca =
        CompletableFuture.runAsync(
            () -> {
              List<List<BarisImpor>> kini = new ArrayList<>(List.of(new ArrayList<>(ukuran)));
              pembaca.accept(
                  b -> {
                    kini.get(0).add(b);
                    if (kini.get(0).size() >= ukuran) {
                      taruh(antre, kini.get(0), berhenti);
                      kini.set(0, new ArrayList<>(ukuran));
                    }
                  });
              if (!kini.get(0).isEmpty()) {
                taruh(antre, kini.get(0), berhenti);
              }
              taruh(antre, SELESAI, berhenti);
            },
            r -> {
              Thread t = new Thread(r, "impor-baca");
              t.setDaemon(true);
              t.start();
            });
    try {
      for (List<BarisImpor> k = ambil(antre, baca); k != SELESAI; k = ambil(antre, baca)) {
        penyimpan.accept(k);
      }
    } finally {
      berhenti.set(true);
    }
  }

  private static void taruh(
      BlockingQueue<List<BarisImpor>> antre, List<BarisImpor> k, AtomicBoolean berhenti) {
    try {
      while (!antre.offer(k, 100, TimeUnit.MILLISECONDS)) {
        if (berhenti.get()) {
          throw new CancellationException("saving stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }

  private static List<BarisImpor> ambil(
      BlockingQueue<List<BarisImpor>> antre, CompletableFuture<Void> baca) {
    try {
      while (true) {
        List<BarisImpor> k = antre.poll(100, TimeUnit.MILLISECONDS);
        if (k != null) {
          return k;
        }
        if (baca.isCompletedExceptionally()) {
          baca.join();
        }
      }
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }
}

package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.GalatBerpesan;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Large imports in the background: the check or the save runs on a worker thread as the user who
 * started it (their sign-in and scope), while the page polls its progress. A job is seen only by
 * that user; finished jobs are forgotten after an hour.
 */
@Service
public class ImporLatar implements DisposableBean {

  /** Which step a job runs. */
  public enum Tahap {
    PERIKSA,
    SIMPAN
  }

  /** A job as the page sees it: progress, then the report or the error. */
  public record Keadaan(
      String id,
      Tahap tahap,
      String token,
      ImporKemajuan kemajuan,
      boolean selesai,
      ImporLaporan laporan,
      String galat,
      Object[] galatArgumen) {}

  private static final Duration SIMPAN_SELAMA = Duration.ofHours(1);

  private final ImporService impor;
  private final ExecutorService pekerja =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "impor-latar");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Tugas> tugas = new ConcurrentHashMap<>();

  ImporLatar(ImporService impor) {
    this.impor = impor;
  }

  /** Starts a job on an uploaded file; answers its id. */
  public String mulai(Tahap tahap, String token, Cakupan cakupan, Map<String, String> peta) {
    bersihkan();
    ImporBerkas berkas =
        impor
            .sementara(token)
            .orElseThrow(() -> new id.gerai.shared.MasukanTidakSah("impor.token-tidak-ada"));
    Authentication siapa = SecurityContextHolder.getContext().getAuthentication();
    Tugas t =
        new Tugas(
            UUID.randomUUID().toString(),
            tahap,
            token,
            siapa.getName(),
            new ImporKemajuan(impor.perkiraanBaris(berkas)));
    tugas.put(t.id, t);
    pekerja.execute(
        new DelegatingSecurityContextRunnable(
            () -> jalankan(t, berkas, cakupan, Map.copyOf(peta)),
            SecurityContextHolder.getContext()));
    return t.id;
  }

  /** The job's state, only for the user who started it. */
  public Optional<Keadaan> keadaan(String id) {
    Authentication siapa = SecurityContextHolder.getContext().getAuthentication();
    Tugas t = id == null ? null : tugas.get(id);
    if (t == null || siapa == null || !t.pemilik.equals(siapa.getName())) {
      return Optional.empty();
    }
    return Optional.of(
        new Keadaan(
            t.id, t.tahap, t.token, t.kemajuan, t.selesai, t.laporan, t.galat, t.galatArgumen));
  }

  private void jalankan(Tugas t, ImporBerkas berkas, Cakupan cakupan, Map<String, String> peta) {
    try {
      t.laporan =
          t.tahap == Tahap.PERIKSA
              ? impor.periksa(berkas, cakupan, peta, t.kemajuan)
              : impor.simpan(berkas, cakupan, peta, t.kemajuan);
    } catch (GalatBerpesan e) {
      t.galat = e.kodePesan();
      t.galatArgumen = e.argumen();
    } catch (RuntimeException e) {
      t.galat = "impor.gagal-latar";
      t.galatArgumen = new Object[0];
    } finally {
      t.selesaiPada = Instant.now();
      t.selesai = true;
    }
  }

  private void bersihkan() {
    Instant batas = Instant.now().minus(SIMPAN_SELAMA);
    tugas.values().removeIf(t -> t.selesai && t.selesaiPada.isBefore(batas));
  }

  @Override
  public void destroy() {
    pekerja.shutdownNow();
  }

  /** One job; the worker writes, the pages read. */
  private static final class Tugas {
    final String id;
    final Tahap tahap;
    final String token;
    final String pemilik;
    final ImporKemajuan kemajuan;
    volatile ImporLaporan laporan;
    volatile String galat;
    volatile Object[] galatArgumen;
    volatile Instant selesaiPada;
    volatile boolean selesai;

    Tugas(String id, Tahap tahap, String token, String pemilik, ImporKemajuan kemajuan) {
      this.id = id;
      this.tahap = tahap;
      this.token = token;
      this.pemilik = pemilik;
      this.kemajuan = kemajuan;
    }
  }
}

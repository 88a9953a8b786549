package id.gerai.wilayah;

import id.gerai.shared.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the national area list shipped in {@code data/wilayah} (ODbL, see LICENSE.md there) once
 * per code-list version, in one transaction: a crash half-way leaves nothing half-loaded, and a
 * second start finds the version row and does nothing.
 */
@Component
@Order(10)
@DependsOnDatabaseInitialization
class WilayahLoader implements ApplicationRunner, InitializingBean {

  /** The code list shipped with this build. A new Kepmendagri list gets a new version string. */
  static final String VERSI = "Kepmendagri 300.2.2-2138/2025 (idn-area-data 4.0.1)";

  private static final Logger log = LoggerFactory.getLogger(WilayahLoader.class);
  private static final int BATCH = 2000;
  private static final String[] BERKAS = {
    "provinces.csv", "regencies.csv", "districts.csv", "villages.csv.gz"
  };

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate tx;

  WilayahLoader(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.template = template;
    this.tx = tx;
  }

  private CompletableFuture<Void> muatan;

  /**
   * Starts the load as soon as the schema exists, on its own thread, so that on a first start it
   * runs while the rest of the application (web server, security, templates) is still being built;
   * {@link #run} waits for it, so the application is never ready before the tree is.
   */
  @Override
  public void afterPropertiesSet() {
    muatan = new CompletableFuture<>();
    Thread pemuat =
        new Thread(
            () -> {
              try {
                muatBilaPerlu();
                muatan.complete(null);
              } catch (RuntimeException | Error e) {
                muatan.completeExceptionally(e);
              }
            },
            "wilayah-loader");
    pemuat.setDaemon(true);
    pemuat.start();
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      muatan.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  void muatBilaPerlu() {
    boolean sudah =
        jdbc.sql("SELECT COUNT(*) FROM wilayah_versi WHERE versi = :v")
                .param("v", VERSI)
                .query(Long.class)
                .single()
            > 0;
    if (sudah) {
      return;
    }
    long mulai = System.nanoTime();
    int jumlah = tx.execute(status -> muat());
    log.info(
        "Area codes loaded: {} areas, {} ({} ms)",
        jumlah,
        VERSI,
        (System.nanoTime() - mulai) / 1_000_000);
  }

  private int muat() {
    boolean kosong = jdbc.sql("SELECT COUNT(*) FROM wilayah").query(Long.class).single() == 0;
    String sql =
        kosong
            ? "INSERT INTO wilayah (kode, induk, nama, tingkat) VALUES (?, ?, ?, ?)"
            : """
              MERGE INTO wilayah w USING (VALUES (CAST(? AS VARCHAR(13)), CAST(? AS VARCHAR(13)),
                CAST(? AS VARCHAR(120)), CAST(? AS SMALLINT))) AS s (kode, induk, nama, tingkat)
              ON w.kode = s.kode
              WHEN MATCHED THEN UPDATE SET induk = s.induk, nama = s.nama, tingkat = s.tingkat
              WHEN NOT MATCHED THEN INSERT (kode, induk, nama, tingkat)
                VALUES (s.kode, s.induk, s.nama, s.tingkat)
              """;
    int jumlah = 0;
    for (String berkas : BERKAS) {
      jumlah += muatBerkas(berkas, sql);
    }
    jdbc.sql("INSERT INTO wilayah_versi (versi, dimuat_pada, jumlah) VALUES (:v, :t, :j)")
        .param("v", VERSI)
        .param("t", OffsetDateTime.now())
        .param("j", jumlah)
        .update();
    return jumlah;
  }

  private int muatBerkas(String berkas, String sql) {
    List<Object[]> batch = new ArrayList<>(BATCH);
    int[] jumlah = {0};
    try (BufferedReader in = buka(berkas)) {
      in.readLine(); // header
      new CsvReader(in, ',')
          .baca(
              kolom -> {
                String kode = kolom.get(0).trim();
                String nama = kolom.get(kolom.size() - 1).trim();
                WilayahTingkat tingkat = WilayahTingkat.dariKode(kode);
                batch.add(new Object[] {kode, KodeWilayah.induk(kode), nama, tingkat.nomor()});
                if (batch.size() == BATCH) {
                  jumlah[0] += tulis(sql, batch);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jumlah[0] + tulis(sql, batch);
  }

  private int tulis(String sql, List<Object[]> batch) {
    int n = batch.size();
    if (n > 0) {
      template.batchUpdate(sql, batch);
      batch.clear();
    }
    return n;
  }

  private static BufferedReader buka(String berkas) throws IOException {
    InputStream in = new ClassPathResource("data/wilayah/" + berkas).getInputStream();
    if (berkas.endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}

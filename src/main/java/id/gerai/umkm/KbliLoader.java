package id.gerai.umkm;

import id.gerai.shared.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the KBLI 2020 list shipped in {@code data/kbli} (Badan Pusat Statistik, see SUMBER.md
 * there) once, in one transaction: a second start finds the version's rows and does nothing.
 */
@Component
@Order(15)
class KbliLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(KbliLoader.class);
  private static final String BERKAS = "data/kbli/kbli2020.csv";
  private static final int BATCH = 1000;
  private static final String SISIP =
      "INSERT INTO kbli (versi, kode, tingkat, induk, judul) VALUES (?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate tx;

  KbliLoader(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.template = template;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    muatBilaPerlu();
  }

  /** The number of codes loaded: 0 when this version is already there. */
  int muatBilaPerlu() {
    Integer jumlah = tx.execute(status -> sudahDimuat() ? 0 : muat());
    if (jumlah != null && jumlah > 0) {
      log.info("KBLI {} loaded: {} codes", KbliService.VERSI, jumlah);
    }
    return jumlah == null ? 0 : jumlah;
  }

  private boolean sudahDimuat() {
    return jdbc.sql("SELECT COUNT(*) FROM kbli WHERE versi = :v")
            .param("v", KbliService.VERSI)
            .query(Long.class)
            .single()
        > 0;
  }

  private int muat() {
    List<Object[]> batch = new ArrayList<>(BATCH);
    int[] jumlah = {0};
    try (BufferedReader in = buka()) {
      in.readLine(); // header: kode,tingkat,induk,judul
      new CsvReader(in, ',')
          .baca(
              kolom -> {
                batch.add(baris(kolom));
                if (batch.size() == BATCH) {
                  jumlah[0] += tulis(batch);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jumlah[0] + tulis(batch);
  }

  private static Object[] baris(List<String> kolom) {
    String induk = kolom.get(2).trim();
    return new Object[] {
      KbliService.VERSI,
      kolom.get(0).trim(),
      kolom.get(1).trim(),
      induk.isEmpty() ? null : induk,
      kolom.get(3).trim()
    };
  }

  private int tulis(List<Object[]> batch) {
    int n = batch.size();
    if (n > 0) {
      template.batchUpdate(SISIP, batch);
      batch.clear();
    }
    return n;
  }

  private static BufferedReader buka() throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new ClassPathResource(BERKAS).getInputStream(), StandardCharsets.UTF_8),
        1 << 16);
  }
}

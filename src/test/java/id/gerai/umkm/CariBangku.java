package id.gerai.umkm;

import com.zaxxer.hikari.HikariDataSource;
import id.gerai.shared.Cakupan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search benchmark behind {@code bench/cari.sh} (skipped unless {@code GERAI_BENCH=cari} and
 * {@code GERAI_TEST_DB_URL} points at an empty PostgreSQL database): fills 1,000,000 businesses in
 * SQL, then times the register's own query ({@link PencarianUmkm#cari}, count and page) for a name
 * search and a filtered list page, as city staff and as a gerai officer, with the search indexes
 * and again with them dropped. Writes a Markdown table to {@code target/cari-bench.md}.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "GERAI_BENCH", matches = "cari")
class CariBangku {

  static final List<String> INDEKS =
      List.of(
          "db/vendor/postgresql/V15_1__cari_indeks.sql",
          "db/vendor/postgresql/V16_1__kelas_terakhir_pola.sql",
          "db/vendor/postgresql/V53_1__cari_urut_tercakup.sql");

  /** Fragments of common words (each in 1 to 3% of names) and of made-up words (about 0.3%). */
  static final String[] PENGGALAN = {
    "sari", "posu", "kmur", "rabo", "ijay", "neto", "ento", "geka"
  };

  static final KelasUsaha[] KELAS = {KelasUsaha.MIKRO, KelasUsaha.KECIL, KelasUsaha.MENENGAH};

  @Autowired PencarianUmkm pencarian;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  final int jumlah = angka("GERAI_BENCH_JUMLAH", 1_000_000);
  final int ulang = angka("GERAI_BENCH_ULANG", 40);
  final int putaran = angka("GERAI_BENCH_PUTARAN", 3);
  // Without the indexes a call takes seconds: fewer calls, one run.
  final int ulangTanpa = angka("GERAI_BENCH_ULANG_TANPA", 20);
  final int putaranTanpa = angka("GERAI_BENCH_PUTARAN_TANPA", 1);

  @Test
  void cari() throws IOException {
    List<String> sql = ddl();
    long t0 = System.nanoTime();
    boolean kosong = jdbc.sql("SELECT COUNT(*) FROM usaha").query(Long.class).single() == 0;
    if (kosong) {
      // Rows load faster without the search indexes; they are built once the rows are in.
      sql.forEach(s -> jdbc.sql("DROP INDEX IF EXISTS " + namaIndeks(s)).update());
    }
    new CariBangkuIsi(jdbc).isi(jumlah);
    long isiMs = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    if (kosong) {
      sql.forEach(s -> jdbc.sql(s).update());
      // The state autovacuum leaves a register in: statistics, and the visibility map that lets
      // a walk read an index alone.
      jdbc.sql("VACUUM (ANALYZE)").update();
    }
    long indeksMs = (System.nanoTime() - t1) / 1_000_000;
    // Settings of the migration (jit off) reach new connections only.
    ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
    List<String> kecamatan =
        jdbc.sql(
                "SELECT DISTINCT SUBSTRING(kode_wilayah, 1, 8) FROM usaha"
                    + " WHERE kode_wilayah LIKE '33.74.%' ORDER BY 1")
            .query(String.class)
            .list();
    List<Object[]> gerai =
        jdbc.sql(
                "SELECT g.id, g.kode_wilayah FROM gerai g WHERE EXISTS"
                    + " (SELECT 1 FROM usaha u WHERE u.gerai_id = g.id) ORDER BY g.id LIMIT 8")
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .list();
    Cakupan kota = Cakupan.wilayah("33.74");
    IntFunction<Cakupan> petugas =
        i -> {
          Object[] g = gerai.get(i % gerai.size());
          return Cakupan.gerai((Long) g[0], (String) g[1]);
        };
    List<Kueri> kueri =
        List.of(
            new Kueri("nama, staf kota", i -> kota, i -> nama(PENGGALAN[i % PENGGALAN.length])),
            new Kueri("nama, petugas gerai", petugas, i -> nama(PENGGALAN[i % PENGGALAN.length])),
            new Kueri(
                "kecamatan + kelas, staf kota",
                i -> kota,
                i -> saring(kecamatan.get(i % kecamatan.size()), KELAS[i % KELAS.length])),
            new Kueri(
                "kecamatan + kelas, petugas gerai",
                petugas,
                i -> {
                  String kode = (String) gerai.get(i % gerai.size())[1];
                  return saring(kode.substring(0, 8), KELAS[i % KELAS.length]);
                }));
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "%d businesses (filled in %.0f s, search indexes built in %.0f s); with indexes %d"
                + " calls x %d runs, without %d x %d; median of the runs (ms)%n%n",
            jdbc.sql("SELECT COUNT(*) FROM usaha").query(Long.class).single(),
            isiMs / 1000.0,
            indeksMs / 1000.0,
            ulang,
            putaran,
            ulangTanpa,
            putaranTanpa));
    md.append(
        "| query | p50 | p95 | max | p50 no index | p95 no index | max no index | p95 ratio |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    List<double[]> dengan = new ArrayList<>();
    for (Kueri k : kueri) {
      dengan.add(ukur(k, ulang, putaran));
      System.out.printf(
          Locale.ROOT, "with index: %s p95 %.1f ms%n", k.nama, dengan.get(dengan.size() - 1)[1]);
    }
    for (String s : sql) {
      jdbc.sql("DROP INDEX IF EXISTS " + namaIndeks(s)).update();
    }
    jdbc.sql("ANALYZE").update();
    for (int i = 0; i < kueri.size(); i++) {
      double[] a = dengan.get(i);
      double[] b = ukur(kueri.get(i), ulangTanpa, putaranTanpa);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | **%.1f** | %.1f | %.1f | **%.1f** | %.1f | %.0fx |%n",
              kueri.get(i).nama,
              a[0],
              a[1],
              a[2],
              b[0],
              b[1],
              b[2],
              b[1] / a[1]));
    }
    for (String s : sql) {
      jdbc.sql(s).update();
    }
    jdbc.sql("ANALYZE").update();
    Files.writeString(Path.of("target/cari-bench.md"), md.toString());
    System.out.println(md);
  }

  /** Median over the runs of p50, p95 and max. */
  double[] ukur(Kueri k, int ulang, int putaran) {
    for (int i = 0; i < 3; i++) {
      pencarian.cari(k.saringan.apply(i), k.cakupan.apply(i));
    }
    double[][] hasil = new double[putaran][];
    for (int r = 0; r < putaran; r++) {
      double[] ms = new double[ulang];
      for (int i = 0; i < ulang; i++) {
        UmkmSaringan s = k.saringan.apply(i);
        Cakupan c = k.cakupan.apply(i);
        long t = System.nanoTime();
        pencarian.cari(s, c);
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      hasil[r] =
          new double[] {
            ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]
          };
    }
    double[] median = new double[3];
    for (int j = 0; j < 3; j++) {
      double[] kolom = new double[putaran];
      for (int r = 0; r < putaran; r++) {
        kolom[r] = hasil[r][j];
      }
      Arrays.sort(kolom);
      median[j] = kolom[putaran / 2];
    }
    return median;
  }

  record Kueri(String nama, IntFunction<Cakupan> cakupan, IntFunction<UmkmSaringan> saringan) {}

  static UmkmSaringan nama(String q) {
    return new UmkmSaringan(
        q, null, null, null, null, null, null, null, null, null, null, null, "nama", 0, 20);
  }

  static UmkmSaringan saring(String kecamatan, KelasUsaha kelas) {
    return new UmkmSaringan(
        null, kecamatan, null, null, null, null, null, kelas, null, null, null, null, "nama", 0,
        20);
  }

  /**
   * The index statements of the vendor migrations, without the extension; where a later migration
   * makes an index again, its statement replaces the earlier one.
   */
  static List<String> ddl() throws IOException {
    Map<String, String> hasil = new LinkedHashMap<>();
    for (String berkas : INDEKS) {
      String teks = new ClassPathResource(berkas).getContentAsString(StandardCharsets.UTF_8);
      for (String s : teks.replaceAll("(?m)^--.*$", "").split(";")) {
        if (s.strip().startsWith("CREATE INDEX")) {
          hasil.put(namaIndeks(s.strip()), s.strip());
        }
      }
    }
    return new ArrayList<>(hasil.values());
  }

  static String namaIndeks(String ddl) {
    Matcher m = Pattern.compile("CREATE INDEX (\\w+)").matcher(ddl);
    if (!m.find()) {
      throw new IllegalStateException(ddl);
    }
    return m.group(1);
  }

  static int angka(String env, int standar) {
    String v = System.getenv(env);
    return v == null || v.isBlank() ? standar : Integer.parseInt(v.strip());
  }
}

package id.gerai.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL only: rows go in through {@code COPY … FROM STDIN} on the transaction's own connection
 * (so they commit or roll back with it); new ids are taken from the table's identity sequence
 * first. The driver is a runtime dependency, so its copy API is reached by reflection.
 */
public final class PenulisMassalCopy implements PenulisMassal {

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  public PenulisMassalCopy(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public long[] sisipkanDenganId(String tabel, List<String> kolom, List<Object[]> baris) {
    if (baris.isEmpty()) {
      return new long[0];
    }
    List<Long> daftar =
        jdbc.queryForList(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
            Long.class,
            tabel,
            baris.size());
    long[] id = daftar.stream().mapToLong(Long::longValue).toArray();
    salin(
        tabel,
        "id, " + String.join(", ", kolom),
        sb -> {
          for (int i = 0; i < id.length; i++) {
            sb.tulis(id[i]);
            for (Object v : baris.get(i)) {
              sb.pisah();
              sb.tulis(v);
            }
            sb.akhirBaris();
          }
        });
    return id;
  }

  @Override
  public void sisipkan(String tabel, List<String> kolom, List<Object[]> baris) {
    if (baris.isEmpty()) {
      return;
    }
    salin(
        tabel,
        String.join(", ", kolom),
        sb -> {
          for (Object[] b : baris) {
            for (int k = 0; k < b.length; k++) {
              if (k > 0) {
                sb.pisah();
              }
              sb.tulis(b[k]);
            }
            sb.akhirBaris();
          }
        });
  }

  /**
   * {@code enable_bitmapscan = off} for this transaction only: the trigram indexes of the name
   * search (GIN, which serves only bitmap scans) also answer {@code LOWER(nama) = ANY(...)}, and
   * inside a transaction that has just written thousands of names the planner took them for the
   * already-registered look-up, scanning their pending list for each of a chunk's 2,000 names. The
   * B-tree indexes the look-ups need are read by plain index scans.
   */
  @Override
  public void siapkanTransaksi() {
    jdbc.execute("SET LOCAL enable_bitmapscan = off");
  }

  @Override
  public long perkiraanBaris(String tabel) {
    Long n =
        jdbc.queryForObject(
            "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(?)",
            Long.class,
            tabel);
    return n == null ? 0 : n;
  }

  /**
   * ANALYZE inside the transaction samples its own new rows too. Without it, a first import into an
   * empty register kept the plans of empty tables: the already-registered look-up by name then
   * walked every owner without NIK for each chunk, and 100,000 rows took 415 s instead of 15.
   */
  @Override
  public void perbaruiStatistik(String... tabel) {
    for (String t : tabel) {
      if (!t.matches("[a-z_]+")) {
        throw new IllegalArgumentException(t);
      }
      jdbc.execute("ANALYZE " + t);
    }
  }

  /** Streams the rows to COPY in small blocks, so no chunk is ever held as one big string. */
  private void salin(String tabel, String kolom, java.util.function.Consumer<Salinan> isi) {
    Connection con = DataSourceUtils.getConnection(dataSource);
    try {
      Object pg = con.unwrap(Class.forName("org.postgresql.PGConnection"));
      Object manajer = pg.getClass().getMethod("getCopyAPI").invoke(pg);
      Object copy =
          manajer
              .getClass()
              .getMethod("copyIn", String.class)
              .invoke(manajer, "COPY " + tabel + " (" + kolom + ") FROM STDIN");
      Class<?> jenis = Class.forName("org.postgresql.copy.CopyIn");
      java.lang.reflect.Method tulis =
          jenis.getMethod("writeToCopy", byte[].class, int.class, int.class);
      Salinan s = new Salinan(b -> panggil(tulis, copy, b));
      try {
        isi.accept(s);
        s.kirim();
        jenis.getMethod("endCopy").invoke(copy);
      } catch (RuntimeException | ReflectiveOperationException e) {
        if ((Boolean) jenis.getMethod("isActive").invoke(copy)) {
          jenis.getMethod("cancelCopy").invoke(copy);
        }
        throw e;
      }
    } catch (ReflectiveOperationException | SQLException e) {
      Throwable sebab = e.getCause() == null ? e : e.getCause();
      throw new DataAccessResourceFailureException("COPY " + tabel + ": " + sebab.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(con, dataSource);
    }
  }

  private static void panggil(java.lang.reflect.Method tulis, Object copy, byte[] b) {
    try {
      tulis.invoke(copy, b, 0, b.length);
    } catch (ReflectiveOperationException e) {
      throw new DataAccessResourceFailureException("COPY: " + e.getCause(), e);
    }
  }

  /** COPY text being written: values escaped, sent on every 32 K characters. */
  static final class Salinan {
    private final java.util.function.Consumer<byte[]> kirim;
    private final StringBuilder sb = new StringBuilder(40_000);

    Salinan(java.util.function.Consumer<byte[]> kirim) {
      this.kirim = kirim;
    }

    void tulis(Object v) {
      nilai(sb, v);
    }

    void pisah() {
      sb.append('\t');
    }

    void akhirBaris() {
      sb.append('\n');
      if (sb.length() >= 32_000) {
        kirim();
      }
    }

    void kirim() {
      if (!sb.isEmpty()) {
        kirim.accept(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
  }

  /** One value in COPY's text format: NULL as \N, backslash, tab and line breaks escaped. */
  static void nilai(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("\\N");
      return;
    }
    String s = v.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
  }
}

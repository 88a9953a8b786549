package id.gerai.shared;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
    StringBuilder sb = new StringBuilder(baris.size() * 160);
    for (int i = 0; i < id.length; i++) {
      sb.append(id[i]);
      for (Object v : baris.get(i)) {
        sb.append('\t');
        nilai(sb, v);
      }
      sb.append('\n');
    }
    salin(tabel, "id, " + String.join(", ", kolom), sb);
    return id;
  }

  @Override
  public void sisipkan(String tabel, List<String> kolom, List<Object[]> baris) {
    if (baris.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(baris.size() * 160);
    for (Object[] b : baris) {
      for (int k = 0; k < b.length; k++) {
        if (k > 0) {
          sb.append('\t');
        }
        nilai(sb, b[k]);
      }
      sb.append('\n');
    }
    salin(tabel, String.join(", ", kolom), sb);
  }

  private void salin(String tabel, String kolom, StringBuilder isi) {
    Connection con = DataSourceUtils.getConnection(dataSource);
    try {
      Object pg = con.unwrap(Class.forName("org.postgresql.PGConnection"));
      Object copy = pg.getClass().getMethod("getCopyAPI").invoke(pg);
      copy.getClass()
          .getMethod("copyIn", String.class, InputStream.class)
          .invoke(
              copy,
              "COPY " + tabel + " (" + kolom + ") FROM STDIN",
              new ByteArrayInputStream(isi.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (ReflectiveOperationException | SQLException e) {
      Throwable sebab = e.getCause() == null ? e : e.getCause();
      throw new DataAccessResourceFailureException("COPY " + tabel + ": " + sebab.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(con, dataSource);
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

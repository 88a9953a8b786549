package id.gerai.shared;

import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** JDBC batches with generated keys: portable (H2 in tests, any database). */
public final class PenulisMassalJdbc implements PenulisMassal {

  private final JdbcTemplate jdbc;

  public PenulisMassalJdbc(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long[] sisipkanDenganId(String tabel, List<String> kolom, List<Object[]> baris) {
    if (baris.isEmpty()) {
      return new long[0];
    }
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.batchUpdate(
        con -> con.prepareStatement(sql(tabel, kolom), new String[] {"id"}),
        new Pengisi(baris),
        kunci);
    List<java.util.Map<String, Object>> semua = kunci.getKeyList();
    long[] id = new long[semua.size()];
    for (int i = 0; i < id.length; i++) {
      id[i] = ((Number) semua.get(i).values().iterator().next()).longValue();
    }
    return id;
  }

  @Override
  public void sisipkan(String tabel, List<String> kolom, List<Object[]> baris) {
    if (!baris.isEmpty()) {
      jdbc.batchUpdate(sql(tabel, kolom), baris);
    }
  }

  private static String sql(String tabel, List<String> kolom) {
    return "INSERT INTO "
        + tabel
        + " ("
        + String.join(", ", kolom)
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(kolom.size(), "?"))
        + ")";
  }

  /** Sets each row's values in column order. */
  private record Pengisi(List<Object[]> baris) implements BatchPreparedStatementSetter {
    @Override
    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
      Object[] nilai = baris.get(i);
      for (int k = 0; k < nilai.length; k++) {
        org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(
            ps, k + 1, org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN, nilai[k]);
      }
    }

    @Override
    public int getBatchSize() {
      return baris.size();
    }
  }
}

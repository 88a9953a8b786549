package id.gerai.shared;

import java.util.List;

/**
 * Writes many rows of one table inside the running transaction. Two ways: JDBC batches (any
 * database, {@link PenulisMassalJdbc}) and PostgreSQL's COPY ({@link PenulisMassalCopy}), chosen
 * once from the database the application runs on. Both write the same rows.
 */
public interface PenulisMassal {

  /** Inserts the rows (values in the order of {@code kolom}) and answers their new ids in order. */
  long[] sisipkanDenganId(String tabel, List<String> kolom, List<Object[]> baris);

  /** Inserts the rows (values in the order of {@code kolom}). */
  void sisipkan(String tabel, List<String> kolom, List<Object[]> baris);
}

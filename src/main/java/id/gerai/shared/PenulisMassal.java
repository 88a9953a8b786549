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

  /**
   * Prepares the running transaction for a bulk write with look-ups between chunks (settings that
   * end with the transaction). Nothing where the database does not need it.
   */
  default void siapkanTransaksi() {}

  /** About how many rows the table holds, by the database's statistics (0 when unknown). */
  default long perkiraanBaris(String tabel) {
    return 0;
  }

  /**
   * Refreshes the planner's statistics of the tables, rows written by the running transaction
   * included, so that look-ups between chunks keep good plans while a bulk write grows a table many
   * times over. Nothing where the database does not need it.
   */
  default void perbaruiStatistik(String... tabel) {}
}

package id.gerai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.Jejak;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL the database itself refuses to change the trail (db/vendor/postgresql). H2 has no
 * such trigger, so these tests only run when the tests use PostgreSQL (GERAI_TEST_DB_URL).
 */
@SpringBootTest
class JejakAuditPostgresTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  String id;

  @BeforeEach
  void hanyaPostgres() throws SQLException {
    String produk;
    try (Connection c = dataSource.getConnection()) {
      produk = c.getMetaData().getDatabaseProductName();
    }
    Assumptions.assumeTrue(
        "PostgreSQL".equalsIgnoreCase(produk),
        "the append-only trigger exists only on PostgreSQL; this run uses " + produk);
    id = PencatatPerubahanTests.unik();
    events.publishEvent(Jejak.dibuat("uji_pg", id, null));
  }

  @Test
  void anUpdateIsRefused() {
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE jejak_audit SET pelaku = 'pemalsu' WHERE id_rekaman = :id")
                    .param("id", id)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .rootCause()
        .hasMessageContaining("jejak_audit hanya boleh ditambah: UPDATE ditolak");
    assertThat(pelaku()).isEqualTo("sistem");
  }

  @Test
  void aDeleteIsRefusedEvenWhenItMatchesNothing() {
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM jejak_audit WHERE id_rekaman = :id").param("id", id).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .rootCause()
        .hasMessageContaining("DELETE ditolak");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM jejak_audit WHERE 1 = 0").update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE jejak_audit").update())
        .isInstanceOf(DataAccessException.class);
    assertThat(pelaku()).isEqualTo("sistem");
  }

  private String pelaku() {
    return jdbc.sql("SELECT pelaku FROM jejak_audit WHERE id_rekaman = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}

package id.gerai.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chooses the bulk writer once: COPY on PostgreSQL, JDBC batches elsewhere (H2 in tests). */
@Configuration(proxyBeanMethods = false)
class PenulisMassalPilihan {

  @Bean
  PenulisMassal penulisMassal(DataSource dataSource, JdbcTemplate jdbc) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())
          ? new PenulisMassalCopy(dataSource)
          : new PenulisMassalJdbc(jdbc);
    }
  }
}

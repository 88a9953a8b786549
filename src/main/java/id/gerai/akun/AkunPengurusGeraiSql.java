package id.gerai.akun;

import id.gerai.gerai.AkunPengurusGerai;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A gerai's officers who sign in: active accounts with role PENGURUS_GERAI scoped to it. */
@Component
class AkunPengurusGeraiSql implements AkunPengurusGerai {

  private final JdbcClient jdbc;

  AkunPengurusGeraiSql(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Long> akunPengurus(long geraiId) {
    return jdbc.sql(
            "SELECT id FROM akun WHERE aktif = TRUE AND peran = 'PENGURUS_GERAI'"
                + " AND cakupan_jenis = 'GERAI' AND cakupan_gerai = :g ORDER BY id")
        .param("g", geraiId)
        .query(Long.class)
        .list();
  }
}

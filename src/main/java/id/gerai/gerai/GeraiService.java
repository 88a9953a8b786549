package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.TidakDitemukan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The gerai use cases other modules and the web layer call. */
@Service
public class GeraiService {

  private final JdbcClient jdbc;

  GeraiService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The area code a gerai serves, for scoping an account to it. */
  public String kodeWilayah(long geraiId) {
    return jdbc.sql("SELECT kode_wilayah FROM gerai WHERE id = :id")
        .param("id", geraiId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new TidakDitemukan("gerai.tidak-ditemukan", geraiId));
  }

  /** How many active gerai the scope reaches. */
  public long jumlahAktif(Cakupan cakupan) {
    SyaratSql syarat = cakupan.syarat("kode_wilayah", "id", null);
    return jdbc.sql("SELECT COUNT(*) FROM gerai WHERE status = 'AKTIF' AND " + syarat.sql())
        .params(syarat.params())
        .query(Long.class)
        .single();
  }
}

package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cooperative in brief for other modules (a case copies its name and area), scoped like every
 * read of the register: 404 outside the scope. Reads inside the caller's transaction.
 */
@Service
@Transactional(readOnly = true)
public class KoperasiSingkatService {

  private final JdbcClient jdbc;

  KoperasiSingkatService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public KoperasiSingkat ringkas(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String syarat = PencarianKoperasi.syarat(cakupan, params);
    List<String> pengurus =
        jdbc.sql("SELECT nama FROM koperasi_pengurus WHERE koperasi_id = :id")
            .param("id", id)
            .query(String.class)
            .list();
    return jdbc.sql(
            "SELECT k.id, k.nama, k.kode_wilayah, k.gerai_id, k.akun_id, k.nama_manajer"
                + " FROM koperasi k WHERE k.id = :id AND "
                + syarat)
        .params(params)
        .query(
            (rs, i) ->
                new KoperasiSingkat(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    rs.getString("kode_wilayah"),
                    rs.getObject("gerai_id", Long.class),
                    rs.getObject("akun_id", Long.class),
                    rs.getString("nama_manajer"),
                    pengurus))
        .optional()
        .orElseThrow(() -> KoperasiService.tidakDitemukan(id));
  }
}

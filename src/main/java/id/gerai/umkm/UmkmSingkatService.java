package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A business in brief for other modules (a case copies its name and area): scoped like every read
 * of the register, 404 outside the scope, without personal data.
 */
@Service
@Transactional(readOnly = true)
public class UmkmSingkatService {

  private final JdbcClient jdbc;

  UmkmSingkatService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UmkmSingkat ringkas(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String syarat = PencarianUmkm.syarat(cakupan, params);
    return jdbc.sql(
            "SELECT u.id, u.nama, u.kode_wilayah, u.gerai_id, u.pelaku_usaha_id, p.nama AS pemilik"
                + " FROM usaha u"
                + " JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id WHERE u.id = :id AND "
                + syarat)
        .params(params)
        .query(
            (rs, i) ->
                new UmkmSingkat(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    rs.getString("kode_wilayah"),
                    rs.getObject("gerai_id", Long.class),
                    rs.getLong("pelaku_usaha_id"),
                    rs.getString("pemilik")))
        .optional()
        .orElseThrow(() -> new TidakDitemukan("umkm.register.tidak-ditemukan", String.valueOf(id)));
  }

  /** The account of the business's owner, when the owner has one (for notifications). */
  public Optional<Long> akunPemilik(long usahaId) {
    return jdbc.sql(
            "SELECT p.akun_id FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id"
                + " WHERE u.id = :id AND p.akun_id IS NOT NULL")
        .param("id", usahaId)
        .query(Long.class)
        .optional();
  }

  /** Those of the given businesses that an enrolment covers on the day. */
  public Set<Long> binaanPada(Collection<Long> usahaIds, LocalDate hari) {
    if (usahaIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("SELECT u.id FROM usaha u WHERE u.id IN (:ids) AND " + BinaanService.SYARAT_BINAAN)
            .param("ids", usahaIds)
            .param("hariIniBinaan", hari)
            .query(Long.class)
            .list());
  }
}

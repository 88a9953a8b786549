package id.gerai.akun;

import id.gerai.shared.Cakupan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the active accounts of given roles that someone may hand work to, by name or username,
 * within the chooser's reach: an account whose scope lies inside the chooser's (a kecamatan officer
 * reaches the gerai and kelurahan accounts under it), or whose area covers the chooser's area or
 * gerai (a city-wide mentor can take a kecamatan's cases). A chooser of the whole home area reaches
 * every account; an own-records or empty scope reaches none, and own-records accounts are never
 * offered.
 */
@Service
@Transactional(readOnly = true)
public class PilihAkunService {

  /** At most this many accounts per search: a picker, not a list. */
  public static final int BATAS = 20;

  private final JdbcClient jdbc;
  private final PenentuCakupan penentu;

  PilihAkunService(JdbcClient jdbc, PenentuCakupan penentu) {
    this.jdbc = jdbc;
    this.penentu = penentu;
  }

  /**
   * Accounts of these roles whose name or username contains every word of {@code q} (the first
   * five), by name.
   */
  public List<PilihAkun> cari(String q, Set<Peran> peran, Cakupan pemilih) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(peran, pemilih, params);
    if (where == null) {
      return List.of();
    }
    // every word typed must appear in the name or the username ("rah sri" finds Sri Rahayu)
    String[] kata = q == null ? new String[0] : q.strip().toLowerCase().split("\\s+");
    int n = 0;
    for (String k : kata) {
      if (k.isEmpty() || n == 5) {
        continue;
      }
      String nama = "q" + n++;
      where +=
          " AND (LOWER(nama_pengguna) LIKE :"
              + nama
              + " ESCAPE '\\' OR LOWER(nama_lengkap) LIKE :"
              + nama
              + " ESCAPE '\\')";
      params.put(nama, "%" + k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    params.put("batas", BATAS);
    return jdbc.sql(
            "SELECT id, nama_pengguna, nama_lengkap, peran FROM akun WHERE "
                + where
                + " ORDER BY nama_lengkap, nama_pengguna LIMIT :batas")
        .params(params)
        .query(PilihAkunService::baris)
        .list();
  }

  /** The account when it is one the chooser could have picked; empty otherwise. */
  public Optional<PilihAkun> ambil(long id, Set<Peran> peran, Cakupan pemilih) {
    Map<String, Object> params = new HashMap<>();
    String where = syarat(peran, pemilih, params);
    if (where == null) {
      return Optional.empty();
    }
    params.put("id", id);
    return jdbc.sql(
            "SELECT id, nama_pengguna, nama_lengkap, peran FROM akun WHERE id = :id AND " + where)
        .params(params)
        .query(PilihAkunService::baris)
        .optional();
  }

  /** The condition on roles, activity and reach; null when the chooser reaches nobody. */
  private String syarat(Set<Peran> peran, Cakupan pemilih, Map<String, Object> params) {
    if (peran == null || peran.isEmpty() || pemilih == null) {
      return null;
    }
    params.put("peran", peran.stream().map(Enum::name).collect(Collectors.toList()));
    String dasar = "aktif = TRUE AND peran IN (:peran) AND cakupan_jenis <> 'MILIK_SENDIRI'";
    if (penentu.mencakupRumah(pemilih)) {
      return dasar;
    }
    String kode = pemilih.kodeWilayah();
    String meliputi =
        "(cakupan_jenis = 'WILAYAH' AND (cakupan_wilayah = :kode"
            + " OR :kode LIKE cakupan_wilayah || '.%'))";
    return switch (pemilih.jenis()) {
      case WILAYAH -> {
        params.put("kode", kode);
        params.put("prefiks", kode + ".%");
        yield dasar
            + " AND (cakupan_wilayah = :kode OR cakupan_wilayah LIKE :prefiks OR "
            + meliputi
            + ")";
      }
      case GERAI -> {
        params.put("kode", kode == null ? "" : kode);
        params.put("gerai", pemilih.geraiId());
        yield dasar + " AND (cakupan_gerai = :gerai OR " + meliputi + ")";
      }
      case MILIK_SENDIRI, TIDAK_ADA -> null;
    };
  }

  private static PilihAkun baris(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new PilihAkun(
        rs.getLong("id"),
        rs.getString("nama_pengguna"),
        rs.getString("nama_lengkap"),
        Peran.valueOf(rs.getString("peran")));
  }
}

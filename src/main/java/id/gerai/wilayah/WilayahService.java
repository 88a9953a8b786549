package id.gerai.wilayah;

import id.gerai.shared.TidakDitemukan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the area tree. The tree is public reference data: it carries no personal data. */
@Service
public class WilayahService {

  private static final RowMapper<Wilayah> BARIS =
      (rs, i) ->
          new Wilayah(
              rs.getString("kode"),
              rs.getString("nama"),
              WilayahTingkat.dariNomor(rs.getInt("tingkat")),
              rs.getString("induk"));

  private final JdbcClient jdbc;
  private final WilayahProperties properties;

  WilayahService(JdbcClient jdbc, WilayahProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The instance's home area code, e.g. 33.74. */
  public String kodeRumah() {
    return properties.home();
  }

  public Optional<Wilayah> cari(String kode) {
    return jdbc.sql("SELECT * FROM wilayah WHERE kode = :kode")
        .param("kode", kode)
        .query(BARIS)
        .optional();
  }

  /** The area; a malformed code is a 400, an unknown one a 404. */
  public Wilayah ambil(String kode) {
    String k = KodeWilayah.periksa(kode);
    return cari(k).orElseThrow(() -> new TidakDitemukan("wilayah.tidak-ditemukan", k));
  }

  /** The chain from the province down to the area itself. */
  public List<Wilayah> rantai(String kode) {
    List<Wilayah> hasil = new ArrayList<>();
    for (String k = KodeWilayah.periksa(kode); k != null; k = KodeWilayah.induk(k)) {
      cari(k).ifPresent(hasil::add);
    }
    Collections.reverse(hasil);
    return hasil;
  }

  public List<Wilayah> anak(String kode) {
    ambil(kode);
    return jdbc.sql("SELECT * FROM wilayah WHERE induk = :kode ORDER BY kode")
        .param("kode", kode.trim())
        .query(BARIS)
        .list();
  }

  /**
   * Areas whose name contains {@code q} (case ignored), inside {@code dalam} when given, closest
   * level first.
   */
  public List<Wilayah> cariNama(String q, String dalam, int batas) {
    String teks = q == null ? "" : q.trim().toLowerCase();
    if (teks.length() < 2) {
      return List.of();
    }
    String prefiks = dalam == null || dalam.isBlank() ? "" : KodeWilayah.periksa(dalam);
    return jdbc.sql(
            """
            SELECT * FROM wilayah
            WHERE LOWER(nama) LIKE :teks AND kode LIKE :prefiks
            ORDER BY tingkat, nama, kode
            LIMIT :batas
            """)
        .param("teks", "%" + teks.replace("%", "") + "%")
        .param("prefiks", prefiks + "%")
        .param("batas", Math.min(Math.max(batas, 1), 100))
        .query(BARIS)
        .list();
  }

  /** Every area of one level under a code, in code order (e.g. all kelurahan of the city). */
  public List<Wilayah> turunan(String kode, WilayahTingkat tingkat) {
    return jdbc.sql("SELECT * FROM wilayah WHERE kode LIKE :prefiks AND tingkat = :t ORDER BY kode")
        .param("prefiks", KodeWilayah.periksa(kode) + ".%")
        .param("t", tingkat.nomor())
        .query(BARIS)
        .list();
  }

  /** How many areas of each level the tree holds, for the health of the load. */
  public long jumlah(WilayahTingkat tingkat) {
    return jdbc.sql("SELECT COUNT(*) FROM wilayah WHERE tingkat = :t")
        .param("t", tingkat.nomor())
        .query(Long.class)
        .single();
  }
}

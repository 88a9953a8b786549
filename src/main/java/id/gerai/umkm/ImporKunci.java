package id.gerai.umkm;

import id.gerai.umkm.impor.BarisImpor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which rows of an import chunk are already registered, asked in a few set queries instead of
 * several per row (each takes the chunk's values as one array parameter, so the statement is
 * prepared once for the whole import): by NIB; else by owner NIK and business name; else (neither)
 * by owner name, business name and kelurahan. Also the owners already known by NIK. The keys follow
 * {@link ImporPencocok}.
 */
@Component
class ImporKunci {

  /** The keys of the chunk already in the register, and the known owners by NIK. */
  record Ada(Set<String> kunci, Map<String, Long> pelaku) {}

  private final JdbcClient jdbc;

  ImporKunci(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The one key a row is matched by. */
  static String kunciUtama(DaftarkanUmkm d) {
    if (d.nib() != null) {
      return "B" + d.nib();
    }
    return d.nik() != null ? kunciNik(d.nik(), d.namaUsaha()) : kunciTanpa(d);
  }

  /** Every key by which a later row would find this one once it is saved. */
  static List<String> semuaKunci(DaftarkanUmkm d) {
    List<String> k = new ArrayList<>(2);
    if (d.nib() != null) {
      k.add("B" + d.nib());
    }
    k.add(d.nik() != null ? kunciNik(d.nik(), d.namaUsaha()) : kunciTanpa(d));
    return k;
  }

  Ada ada(List<BarisImpor> baris) {
    Set<String> nib = new HashSet<>();
    Set<String> nik = new HashSet<>();
    Set<String> namaTanpa = new HashSet<>();
    for (BarisImpor b : baris) {
      DaftarkanUmkm d = b.perintah();
      if (d.nik() != null) {
        nik.add(d.nik());
      }
      if (d.nib() != null) {
        nib.add(d.nib());
      } else if (d.nik() == null) {
        namaTanpa.add(kecil(d.namaUsaha()));
      }
    }
    Set<String> kunci = new HashSet<>();
    Map<String, Long> pelaku = new HashMap<>();
    if (!nib.isEmpty()) {
      jdbc.sql("SELECT nib FROM usaha WHERE nib = ANY(:nib)")
          .param("nib", nib.toArray(String[]::new))
          .query((rs, i) -> "B" + rs.getString(1))
          .list()
          .forEach(kunci::add);
    }
    if (!nik.isEmpty()) {
      // two single-table look-ups on their indexes; a join over thousands of values may not
      jdbc.sql("SELECT nik, id FROM pelaku_usaha WHERE nik = ANY(:nik)")
          .param("nik", nik.toArray(String[]::new))
          .query(
              rs -> {
                pelaku.put(rs.getString(1), rs.getLong(2));
              });
      if (!pelaku.isEmpty()) {
        Map<Long, String> nikPemilik = new HashMap<>();
        pelaku.forEach((k, id) -> nikPemilik.put(id, k));
        jdbc.sql("SELECT pelaku_usaha_id, nama FROM usaha WHERE pelaku_usaha_id = ANY(:id)")
            .param("id", nikPemilik.keySet().toArray(Long[]::new))
            .query(
                rs -> {
                  kunci.add(kunciNik(nikPemilik.get(rs.getLong(1)), rs.getString(2)));
                });
      }
    }
    if (!namaTanpa.isEmpty()) {
      tanpaNik(namaTanpa, kunci);
    }
    return new Ada(kunci, pelaku);
  }

  /**
   * Businesses by name, then which of their owners have no NIK: two single-table look-ups. As one
   * join, PostgreSQL walked the owners without NIK and probed the name index with the whole chunk's
   * names for each of them (most of a 100,000-row import's time).
   */
  private void tanpaNik(Set<String> namaTanpa, Set<String> kunci) {
    Map<Long, List<String[]>> usahaPemilik = new HashMap<>();
    jdbc.sql("SELECT pelaku_usaha_id, nama, kode_wilayah FROM usaha WHERE LOWER(nama) = ANY(:nama)")
        .param("nama", namaTanpa.toArray(String[]::new))
        .query(
            rs -> {
              usahaPemilik
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new String[] {rs.getString(2), rs.getString(3)});
            });
    if (usahaPemilik.isEmpty()) {
      return;
    }
    jdbc.sql("SELECT id, nama FROM pelaku_usaha WHERE id = ANY(:id) AND nik IS NULL")
        .param("id", usahaPemilik.keySet().toArray(Long[]::new))
        .query(
            rs -> {
              for (String[] u : usahaPemilik.get(rs.getLong(1))) {
                kunci.add(kunciTanpa(rs.getString(2), u[0], u[1]));
              }
            });
  }

  private static String kunciNik(String nik, String namaUsaha) {
    return "K" + nik + "|" + kecil(namaUsaha);
  }

  private static String kunciTanpa(DaftarkanUmkm d) {
    return kunciTanpa(d.nama(), d.namaUsaha(), d.kelurahanUsaha());
  }

  private static String kunciTanpa(String pemilik, String usaha, String kelurahan) {
    return "T" + kecil(pemilik) + "|" + kecil(usaha) + "|" + kelurahan;
  }

  private static String kecil(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}

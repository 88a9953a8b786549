package id.gerai.umkm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds whether an imported row's business is already registered: by NIB; else by the owner's NIK
 * and the business name; else (no NIK either) by owner name, business name and kelurahan.
 */
@Component
class ImporPencocok {

  private final JdbcClient jdbc;

  ImporPencocok(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean sudahAda(DaftarkanUmkm d) {
    if (d.nib() != null) {
      return ada("SELECT COUNT(*) FROM usaha WHERE nib = :nib", "nib", d.nib(), d);
    }
    String dari = "SELECT COUNT(*) FROM usaha u JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id ";
    if (d.nik() != null) {
      return ada(dari + "WHERE p.nik = :nik AND LOWER(u.nama) = LOWER(:usaha)", "nik", d.nik(), d);
    }
    return ada(
        dari
            + "WHERE p.nik IS NULL AND LOWER(p.nama) = LOWER(:pemilik)"
            + " AND LOWER(u.nama) = LOWER(:usaha) AND u.kode_wilayah = :kel",
        "kel",
        d.kelurahanUsaha(),
        d);
  }

  private boolean ada(String sql, String kunci, String nilai, DaftarkanUmkm d) {
    var q = jdbc.sql(sql).param(kunci, nilai);
    if (sql.contains(":usaha")) {
      q = q.param("usaha", d.namaUsaha());
    }
    if (sql.contains(":pemilik")) {
      q = q.param("pemilik", d.nama());
    }
    return q.query(Long.class).single() > 0;
  }
}

package id.gerai.umkm;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Businesses for the yearly-figure tests, inserted straight into the register's tables. */
final class AngkaTahunanUji {

  static final String SEKAYU = "33.74.01.1007";
  static final String TANJUNG_MAS = "33.74.02.1008";

  private AngkaTahunanUji() {}

  /** A new business in a kelurahan, owned by a business actor with the given account (or none). */
  static long usaha(JdbcClient jdbc, String kelurahan, Long akunId) {
    String unik = UUID.randomUUID().toString().substring(0, 8);
    OffsetDateTime kini = OffsetDateTime.now();
    GeneratedKeyHolder kunciPelaku = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, akun_id,"
                + " status_verifikasi, dibuat_pada, versi) VALUES (:nama, :kode,"
                + " 'PELAYANAN_PUBLIK', :akun, 'BELUM', :kini, 0)")
        .param("nama", "Pemilik Kelas " + unik)
        .param("kode", kelurahan)
        .param("akun", akunId)
        .param("kini", kini)
        .update(kunciPelaku, "id");
    long pelaku = kunciPelaku.getKey().longValue();
    GeneratedKeyHolder kunciUsaha = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, status, status_verifikasi,"
                + " dibuat_pada, diubah_pada, versi) VALUES (:pelaku, :nama, :kode, 'AKTIF',"
                + " 'BELUM', :kini, :kini, 0)")
        .param("pelaku", pelaku)
        .param("nama", "Usaha Kelas " + unik)
        .param("kode", kelurahan)
        .param("kini", kini)
        .update(kunciUsaha, "id");
    return kunciUsaha.getKey().longValue();
  }

  /** A JSON body for {@code POST /api/v1/umkm/{id}/angka}. */
  static String angka(int tahun, String omzet, String modal, String kekayaan, String sumber) {
    return "{\"tahun\":"
        + tahun
        + ",\"omzetTahunan\":"
        + omzet
        + ",\"modalUsaha\":"
        + modal
        + ",\"kekayaanBersih\":"
        + kekayaan
        + ",\"tenagaKerja\":3,\"sumber\":"
        + (sumber == null ? "null" : "\"" + sumber + "\"")
        + "}";
  }
}

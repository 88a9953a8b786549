package id.gerai.koperasi;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Cooperatives, RAT records and member links for tests, written with SQL under unique names. */
final class KoperasiFixture {

  static final String SEKAYU = "33.74.01.1007";
  static final String PURWODINATAN = "33.74.01.1011";
  static final String TANJUNG_MAS = "33.74.02.1008";
  static final String SRONDOL_WETAN = "33.74.11.1007";

  private final JdbcClient jdbc;

  KoperasiFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  long koperasi(String nama, String kode, Long gerai, Long akun, BentukKoperasi bentuk) {
    return koperasi(nama, kode, gerai, akun, bentuk, null);
  }

  long koperasi(
      String nama, String kode, Long gerai, Long akun, BentukKoperasi bentuk, LocalDate berdiri) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO koperasi (nama, jenis, kelompok, bentuk, kode_wilayah, gerai_id, akun_id,"
                + " status, tanggal_berdiri, status_verifikasi, dibuat_pada, diubah_pada, versi)"
                + " VALUES (:nama, 'SIMPAN_PINJAM', 'KSP', :bentuk, :kode, :gerai, :akun, 'AKTIF',"
                + " :berdiri, 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("nama", nama)
        .param("bentuk", bentuk.name())
        .param("kode", kode)
        .param("gerai", gerai)
        .param("akun", akun)
        .param("berdiri", berdiri)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  void rat(long koperasi, int tahunBuku, LocalDate tanggal) {
    Timestamp kini = Timestamp.from(Instant.now());
    jdbc.sql(
            "INSERT INTO rat (koperasi_id, tahun_buku, tanggal, status_verifikasi, dicatat_oleh,"
                + " dibuat_pada, diubah_pada, versi) VALUES (:k, :t, :tgl, 'TERVERIFIKASI', 'uji',"
                + " :kini, :kini, 0)")
        .param("k", koperasi)
        .param("t", tahunBuku)
        .param("tgl", tanggal)
        .param("kini", kini)
        .update();
  }

  String kolom(long id, String kolom) {
    return jdbc.sql("SELECT " + kolom + " FROM koperasi WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  long jejak(String aksi, String jenis, String id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE aksi = :a AND jenis_rekaman = :j"
                + " AND id_rekaman = :id")
        .param("a", aksi)
        .param("j", jenis)
        .param("id", id)
        .query(Long.class)
        .single();
  }

  /** A business of the UMKM register with its owner, straight in SQL. */
  long usaha(String nama, String kode, Long gerai) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder p = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, status_verifikasi,"
                + " dibuat_pada, versi) VALUES (:nama, :kode, 'PELAYANAN_PUBLIK', 'TERVERIFIKASI',"
                + " :kini, 0)")
        .param("nama", "Pemilik " + nama)
        .param("kode", kode)
        .param("kini", kini)
        .update(p, "id");
    GeneratedKeyHolder u = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, gerai_id, status,"
                + " status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:p, :nama, :kode,"
                + " :gerai, 'AKTIF', 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("p", p.getKey().longValue())
        .param("nama", nama)
        .param("kode", kode)
        .param("gerai", gerai)
        .param("kini", kini)
        .update(u, "id");
    return u.getKey().longValue();
  }
}

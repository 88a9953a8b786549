package id.gerai.kegiatan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Gerai, businesses and enrolments for activity tests, written with SQL under unique names. */
final class KegiatanUji {

  static final String SEKAYU = "33.74.01.1007";
  static final String PURWODINATAN = "33.74.01.1011";
  static final String TANJUNG_MAS = "33.74.02.1008";

  private final JdbcClient jdbc;

  KegiatanUji(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  long gerai(String kode) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO gerai (jenis, nama, kode_wilayah, alamat, lintang, bujur, tanggal_buka,"
                + " status, dibuat_pada, versi) VALUES ('KELURAHAN', :nama, :kode, 'Jl. Uji 1',"
                + " -6.98, 110.41, :buka, 'AKTIF', :kini, 0)")
        .param("nama", unik("Gerai Uji"))
        .param("kode", kode)
        .param("buka", LocalDate.of(2020, 1, 1))
        .param("kini", Timestamp.from(Instant.now()))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  long usaha(String nama, String kode, Long gerai) {
    return usaha(nama, kode, gerai, null);
  }

  /** A business whose owner signs in with the given account (a business actor's own). */
  long usaha(String nama, String kode, Long gerai, Long akun) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, akun_id,"
                + " status_verifikasi, dibuat_pada, versi) VALUES (:nama, :kode,"
                + " 'PELAYANAN_PUBLIK', :akun, 'TERVERIFIKASI', :kini, 0)")
        .param("nama", "Pemilik " + nama)
        .param("akun", akun)
        .param("kode", kode)
        .param("kini", kini)
        .update(kunci, "id");
    long pelaku = kunci.getKey().longValue();
    GeneratedKeyHolder k2 = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, gerai_id, status,"
                + " status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:p, :nama, :kode,"
                + " :gerai, 'AKTIF', 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("p", pelaku)
        .param("nama", nama)
        .param("kode", kode)
        .param("gerai", gerai)
        .param("kini", kini)
        .update(k2, "id");
    return k2.getKey().longValue();
  }

  void binaan(long usahaId, LocalDate sejak) {
    jdbc.sql(
            "INSERT INTO binaan (usaha_id, pendamping, sejak, dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:u, 'Pendamping Uji', :sejak, 'uji', :kini, 0)")
        .param("u", usahaId)
        .param("sejak", sejak)
        .param("kini", Timestamp.from(Instant.now()))
        .update();
  }

  long jejak(String aksi, String jenis, long id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE aksi = :a AND jenis_rekaman = :j"
                + " AND id_rekaman = :id")
        .param("a", aksi)
        .param("j", jenis)
        .param("id", String.valueOf(id))
        .query(Long.class)
        .single();
  }

  /** JSON of an activity at an address in a kelurahan, or at a gerai when one is given. */
  static String json(
      String jenis,
      String judul,
      String mulai,
      String selesai,
      Long gerai,
      String kelurahan,
      Integer kapasitas,
      Integer kuota) {
    return """
        {"jenis": "%s", "judul": "%s", "mulai": "%s", "selesai": "%s", "geraiId": %s,
         "kodeWilayah": %s, "alamat": "Balai RW 3", "penyelenggara": "Dinkop Kota Semarang",
         "kapasitas": %s, "kuotaBinaan": %s, "deskripsi": "Uji"}
        """
        .formatted(
            jenis,
            judul,
            mulai,
            selesai,
            gerai,
            kelurahan == null ? "null" : "\"" + kelurahan + "\"",
            kapasitas,
            kuota);
  }
}

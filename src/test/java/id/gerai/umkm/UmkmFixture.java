package id.gerai.umkm;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Business actors and businesses for tests, written with SQL under unique names. */
final class UmkmFixture {

  static final String SEKAYU = "33.74.01.1007";
  static final String PURWODINATAN = "33.74.01.1011";
  static final String TANJUNG_MAS = "33.74.02.1008";
  static final String SRONDOL_WETAN = "33.74.11.1007";

  private final JdbcClient jdbc;

  UmkmFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid NIK of Semarang Tengah, unlikely to repeat: a random birth date and serial. */
  static String nikUnik() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format(
        "337401%02d%02d%02d%04d",
        r.nextInt(1, 29), r.nextInt(1, 13), r.nextInt(60, 100), r.nextInt(1, 10000));
  }

  /** A 13-digit NIB unlikely to repeat, so a registration does not look like a duplicate. */
  static String nibUnik() {
    return String.format("9%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
  }

  long pelaku(String nama, String nik, String telepon, String kodeWilayah, Long akunId) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nik, nama, telepon, kode_wilayah, dasar_pemrosesan, akun_id,"
                + " status_verifikasi, dibuat_pada, versi) VALUES (:nik, :nama, :telepon, :kode,"
                + " 'PELAYANAN_PUBLIK', :akun, 'TERVERIFIKASI', :kini, 0)")
        .param("nik", nik)
        .param("nama", nama)
        .param("telepon", telepon)
        .param("kode", kodeWilayah)
        .param("akun", akunId)
        .param("kini", java.sql.Timestamp.from(Instant.now()))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  long usaha(long pelaku, String nama, String kodeWilayah, Long gerai, String kbli, String verif) {
    java.sql.Timestamp kini = java.sql.Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kbli_kode, kode_wilayah, gerai_id, status,"
                + " status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:p, :nama, :kbli,"
                + " :kode, :gerai, 'AKTIF', :verif, :kini, :kini, 0)")
        .param("p", pelaku)
        .param("nama", nama)
        .param("kbli", kbli)
        .param("kode", kodeWilayah)
        .param("gerai", gerai)
        .param("verif", verif)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  void produk(long usaha, String nama) {
    jdbc.sql("INSERT INTO produk (usaha_id, nama) VALUES (:u, :n)")
        .param("u", usaha)
        .param("n", nama)
        .update();
  }

  String statusUsaha(long id) {
    return jdbc.sql("SELECT status_verifikasi FROM usaha WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  long jumlahUsahaBernama(String nama) {
    return jdbc.sql("SELECT COUNT(*) FROM usaha WHERE nama = :n")
        .param("n", nama)
        .query(Long.class)
        .single();
  }

  Long pemilikUsahaBernama(String nama) {
    return jdbc.sql("SELECT pelaku_usaha_id FROM usaha WHERE nama = :n")
        .param("n", nama)
        .query(Long.class)
        .single();
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

  /** A valid short form: a person of Sekayu and their business, with one product. */
  static MultiValueMap<String, String> form(String nama, String namaUsaha, String nik) {
    MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
    f.add("nik", nik);
    f.add("nama", nama);
    f.add("jenisKelamin", "P");
    f.add("tanggalLahir", "1985-08-15");
    f.add("telepon", "0812-3456-7890");
    f.add("kelurahan", SEKAYU);
    f.add("alamat", "Jl. Pemuda 1");
    f.add("dasarPemrosesan", "PELAYANAN_PUBLIK");
    f.add("namaUsaha", namaUsaha);
    f.add("nib", nibUnik());
    f.add("kbliKode", "10794");
    f.add("bentukUsaha", "PERORANGAN");
    f.add("kelurahanUsaha", SEKAYU);
    f.add("tahunBerdiri", "2019");
    f.add("saluranPenjualan", "OFFLINE");
    f.add("saluranPenjualan", "MEDIA_SOSIAL");
    f.add("produk", "Lumpia, Wingko");
    return f;
  }

  /** The same registration as JSON. */
  static String json(String nama, String namaUsaha, String nik, String kelurahanUsaha) {
    return """
        {"nik": %s, "nama": "%s", "jenisKelamin": "L", "telepon": "081234567890",
         "kelurahan": "%s", "dasarPemrosesan": "PERSETUJUAN", "namaUsaha": "%s",
         "kbliKode": "10794", "kelurahanUsaha": "%s", "saluranPenjualan": ["MARKETPLACE"],
         "produk": ["Bandeng presto"]}
        """
        .formatted(
            nik == null ? "null" : "\"" + nik + "\"", nama, SEKAYU, namaUsaha, kelurahanUsaha);
  }
}

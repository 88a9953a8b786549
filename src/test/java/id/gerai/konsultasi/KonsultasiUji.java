package id.gerai.konsultasi;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A business of Sekayu registered through its own gerai, owned by a business actor with an account,
 * and the callers around it: the owner, another business actor, officers of its gerai and of
 * another gerai, a mentor and another mentor, staff of the city and of another kecamatan.
 */
final class KonsultasiUji {

  static final String SEKAYU = "33.74.01.1007";
  static final String KECAMATAN = "33.74.01";

  final long gerai = acak();
  final long geraiLain = acak();
  final long akunPemilik = acak();
  final long akunLain = acak();
  final long akunPendamping = acak();
  final long akunPendampingLain = acak();
  final String namaPemilik = "Sutarmi " + UUID.randomUUID().toString().substring(0, 6);
  final String namaUsaha = "Kedai Mbok Sutarmi " + UUID.randomUUID().toString().substring(0, 6);
  final long usaha;
  private final JdbcClient jdbc;

  KonsultasiUji(JdbcClient jdbc) {
    this(jdbc, SEKAYU);
  }

  KonsultasiUji(JdbcClient jdbc, String kelurahan) {
    this.jdbc = jdbc;
    // assignments to a person are checked against the account register, so the mentors exist
    akun(akunPendamping, "PENDAMPING", "Bu Rina");
    akun(akunPendampingLain, "PENDAMPING", "Bu Ratna");
    long pelaku = pelaku(kelurahan);
    usaha = usaha(pelaku, kelurahan);
  }

  static RequestPostProcessor sebagai(Peran peran, Cakupan cakupan, long akunId) {
    return SecurityMockMvcRequestPostProcessors.user(
        new PenggunaGerai(
            akunId,
            "uji-" + peran.name().toLowerCase() + akunId,
            "Uji " + peran,
            peran,
            cakupan,
            "",
            true));
  }

  RequestPostProcessor pemilik() {
    return sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akunPemilik), akunPemilik);
  }

  RequestPostProcessor pelakuLain() {
    return sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(akunLain), akunLain);
  }

  RequestPostProcessor pengurusGerai() {
    return sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, SEKAYU), acak());
  }

  RequestPostProcessor pengurusGeraiLain() {
    return sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiLain, SEKAYU), acak());
  }

  RequestPostProcessor pendamping() {
    return sebagai(Peran.PENDAMPING, Cakupan.wilayah(KECAMATAN), akunPendamping);
  }

  RequestPostProcessor pendampingLain() {
    return sebagai(Peran.PENDAMPING, Cakupan.wilayah(KECAMATAN), akunPendampingLain);
  }

  static RequestPostProcessor staf() {
    return sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74"), 7);
  }

  static RequestPostProcessor stafKecamatanLain() {
    return sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.10"), 8);
  }

  static RequestPostProcessor admin() {
    return sebagai(Peran.ADMIN_DINAS, Cakupan.wilayah("33.74"), 9);
  }

  String json(String kategori, String uraian) {
    return """
        {"usahaId": %d, "kategori": "%s", "uraian": "%s", "urgensi": "TINGGI"}"""
        .formatted(usaha, kategori, uraian);
  }

  /** Enrols the business as binaan from a month ago, open-ended. */
  void binaan() {
    jdbc.sql(
            "INSERT INTO binaan (usaha_id, pendamping, sejak, dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:u, 'Bu Rina', :sejak, 'uji', :kini, 0)")
        .param("u", usaha)
        .param("sejak", java.time.LocalDate.now().minusMonths(1))
        .param("kini", Timestamp.from(Instant.now()))
        .update();
  }

  String kolom(long konsultasi, String kolom) {
    return jdbc.sql("SELECT " + kolom + " FROM konsultasi WHERE id = :id")
        .param("id", konsultasi)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  long jejak(String aksi, long id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE aksi = :a AND jenis_rekaman = 'konsultasi'"
                + " AND id_rekaman = :id")
        .param("a", aksi)
        .param("id", String.valueOf(id))
        .query(Long.class)
        .single();
  }

  private long pelaku(String kelurahan) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, akun_id,"
                + " status_verifikasi, dibuat_pada, versi) VALUES (:nama, :kode,"
                + " 'PELAYANAN_PUBLIK', :akun, 'TERVERIFIKASI', :kini, 0)")
        .param("nama", namaPemilik)
        .param("kode", kelurahan)
        .param("akun", akunPemilik)
        .param("kini", Timestamp.from(Instant.now()))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  private long usaha(long pelaku, String kelurahan) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, gerai_id, status,"
                + " status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:p, :nama,"
                + " :kode, :gerai, 'AKTIF', 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("p", pelaku)
        .param("nama", namaUsaha)
        .param("kode", kelurahan)
        .param("gerai", gerai)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  /** An active account with that id and role, scoped to the kecamatan, for assignments. */
  void akun(long id, String peran, String nama) {
    akun(id, peran, nama, KECAMATAN);
  }

  /** An active account with that id and role, scoped to an area, for assignments. */
  void akun(long id, String peran, String nama, String kode) {
    jdbc.sql(
            "INSERT INTO akun (id, nama_pengguna, nama_lengkap, kata_sandi, peran, cakupan_jenis,"
                + " cakupan_wilayah, aktif, dibuat_pada, versi) VALUES (:id, :pengguna, :nama,"
                + " 'x', :peran, 'WILAYAH', :kode, TRUE, :kini, 0)")
        .param("id", id)
        .param("pengguna", "uji-" + peran.toLowerCase() + id)
        .param("nama", nama)
        .param("peran", peran)
        .param("kode", kode)
        .param("kini", java.sql.Timestamp.from(java.time.Instant.now()))
        .update();
  }

  static long acak() {
    return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
  }
}

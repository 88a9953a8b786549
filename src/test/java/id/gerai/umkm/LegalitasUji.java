package id.gerai.umkm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for permits and the ladder: a business (with its owner) inserted by SQL, and permits
 * inserted directly, with unique names so tests never depend on what others created.
 */
final class LegalitasUji {

  static final String SEKAYU = "33.74.01.1007";
  static final String PURWODINATAN = "33.74.01.1011";
  static final String TANJUNG_MAS = "33.74.02.1008";

  private static final AtomicLong AKUN =
      new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L));

  private final JdbcClient jdbc;

  LegalitasUji(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static long akunBaru() {
    return AKUN.incrementAndGet();
  }

  static LocalDate hariIni() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }

  long usaha(
      String nama, String kodeWilayah, Long geraiId, Long akunId, String saluran, String nib) {
    OffsetDateTime kini = OffsetDateTime.now();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, akun_id,"
                + " status_verifikasi, dibuat_pada, versi)"
                + " VALUES (:nama, :kode, 'PELAYANAN_PUBLIK', :akun, 'BELUM', :kini, 0)")
        .param("nama", "Pemilik " + nama)
        .param("kode", kodeWilayah)
        .param("akun", akunId)
        .param("kini", kini)
        .update();
    Long pelakuId =
        jdbc.sql("SELECT id FROM pelaku_usaha WHERE nama = :nama")
            .param("nama", "Pemilik " + nama)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, nib, kode_wilayah, gerai_id,"
                + " saluran_penjualan, status, status_verifikasi, dibuat_pada, diubah_pada, versi)"
                + " VALUES (:pelaku, :nama, :nib, :kode, :gerai, :saluran, 'AKTIF', 'BELUM',"
                + " :kini, :kini, 0)")
        .param("pelaku", pelakuId)
        .param("nama", nama)
        .param("nib", nib)
        .param("kode", kodeWilayah)
        .param("gerai", geraiId)
        .param("saluran", saluran)
        .param("kini", kini)
        .update();
    return jdbc.sql("SELECT id FROM usaha WHERE nama = :nama")
        .param("nama", nama)
        .query(Long.class)
        .single();
  }

  long usaha(String nama, String kodeWilayah) {
    return usaha(nama, kodeWilayah, null, null, null, null);
  }

  void legalitas(long usahaId, String jenis, String nomor, LocalDate terbit, LocalDate sampai) {
    jdbc.sql(
            "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, berlaku_sampai,"
                + " dicatat_oleh, dicatat_pada, versi)"
                + " VALUES (:usaha, :jenis, :nomor, :terbit, :sampai, 'uji', :kini, 1)")
        .param("usaha", usahaId)
        .param("jenis", jenis)
        .param("nomor", nomor)
        .param("terbit", terbit)
        .param("sampai", sampai)
        .param("kini", OffsetDateTime.now())
        .update();
  }

  long jumlahLegalitas(long usahaId) {
    return jdbc.sql("SELECT COUNT(*) FROM legalitas WHERE usaha_id = :id")
        .param("id", usahaId)
        .query(Long.class)
        .single();
  }

  long jumlahJejak(String jenis, long id) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = :jenis AND id_rekaman = :id")
        .param("jenis", jenis)
        .param("id", String.valueOf(id))
        .query(Long.class)
        .single();
  }
}

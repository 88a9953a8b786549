package id.gerai.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A year of activities up to the first start, written with SQL in the demo's transaction (fast, and
 * the demo module need not depend on kegiatan): six safaris visiting many gerai with services given
 * on the spot, six trainings with businesses checked in, a monthly forum meeting at the Sekayu
 * gerai, and one festival ({@link FestivalDemo}). Fixed seed: every fresh install shows the same
 * year.
 */
@Component
class KegiatanDemo {

  private static final Logger log = LoggerFactory.getLogger(KegiatanDemo.class);
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String OLEH = "demo-staf";
  private static final String DINKOP = "Dinas Koperasi dan UMKM Kota Semarang";
  private static final String HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final String[] LAYANAN = {
    "DITEMUI", "DIDAFTARKAN", "BANTUAN_NIB", "BANTUAN_IZIN", "KONSULTASI", "BANTUAN_NIB"
  };
  private static final String[] PELATIHAN = {
    "Pelatihan Pemasaran Digital",
    "Pelatihan Pembukuan Sederhana",
    "Pelatihan Foto Produk",
    "Pelatihan Pengemasan",
    "Pelatihan Sertifikasi Halal",
    "Pelatihan Akses Permodalan"
  };

  private final JdbcClient jdbc;
  private final FestivalDemo festival;

  KegiatanDemo(JdbcClient jdbc, FestivalDemo festival) {
    this.jdbc = jdbc;
    this.festival = festival;
  }

  private record Gerai(long id, String nama, String kode) {}

  /** A demo business: id, name, kelurahan. */
  record Usaha(long id, String nama, String kode) {}

  /** Writes the year; returns how many activities. {@code sekayu} is the demo officer's gerai. */
  int isi(Long sekayu) {
    Random acak = new Random(2026);
    LocalDate hari = LocalDate.now(WIB);
    List<Gerai> gerai = gerai();
    List<Usaha> usaha = usaha();
    if (gerai.isEmpty() || usaha.isEmpty()) {
      log.warn("Demo activities skipped: no gerai or no businesses");
      return 0;
    }
    int n = 0;
    n += safari(acak, hari, gerai, usaha);
    n += pelatihan(acak, hari, gerai, usaha);
    n += pertemuan(acak, hari, sekayu == null ? gerai.get(0).id() : sekayu);
    n += festival(acak, hari, gerai.get(0).kode(), usaha);
    return n;
  }

  /** Six safaris, two months apart, each visiting five gerai with services given there. */
  private int safari(Random acak, LocalDate hari, List<Gerai> gerai, List<Usaha> usaha) {
    int g = 0;
    for (int s = 0; s < 6; s++) {
      LocalDate mulai = hari.minusDays(20 + 60L * s);
      long id =
          kegiatan(
              "SAFARI",
              "Safari Gerai " + (6 - s),
              mulai,
              8,
              mulai.plusDays(2),
              16,
              null,
              gerai.get(g % gerai.size()).kode(),
              null,
              null);
      for (int v = 0; v < 5; v++, g++) {
        Gerai x = gerai.get(g % gerai.size());
        LocalDate tanggal = mulai.plusDays(v % 3);
        long kunjungan = kunjungan(id, x, tanggal);
        int layanan = 2 + acak.nextInt(4);
        for (int l = 0; l < layanan; l++) {
          Usaha u = usaha.get(acak.nextInt(usaha.size()));
          layanan(id, kunjungan, x.id(), u, LAYANAN[acak.nextInt(LAYANAN.length)], tanggal, 9 + l);
        }
      }
    }
    return 6;
  }

  /** Six trainings at gerai across the year, businesses registered and most checked in. */
  private int pelatihan(Random acak, LocalDate hari, List<Gerai> gerai, List<Usaha> usaha) {
    for (int p = 0; p < PELATIHAN.length; p++) {
      Gerai x = gerai.get((p * 3) % gerai.size());
      LocalDate tanggal = hari.minusDays(35 + 55L * p);
      long id =
          kegiatan("PELATIHAN", PELATIHAN[p], tanggal, 9, tanggal, 15, x.id(), x.kode(), 30, null);
      int peserta = 12 + acak.nextInt(12);
      int awal = acak.nextInt(usaha.size());
      for (int i = 0; i < peserta && i < usaha.size(); i++) {
        Usaha u = usaha.get((awal + i) % usaha.size());
        peserta(acak, id, u.id(), u.nama(), tanggal, acak.nextInt(10) < 8);
      }
    }
    return PELATIHAN.length;
  }

  /** A forum meeting at the gerai every 30 days, members present by name. */
  private int pertemuan(Random acak, LocalDate hari, long geraiId) {
    String kode =
        jdbc.sql("SELECT kode_wilayah FROM gerai WHERE id = :g")
            .param("g", geraiId)
            .query(String.class)
            .single();
    for (int b = 0; b < 12; b++) {
      LocalDate tanggal = hari.minusDays(10 + 30L * b);
      long id =
          kegiatan(
              "PERTEMUAN",
              "Pertemuan Rutin Forum Gerai",
              tanggal,
              19,
              tanggal,
              21,
              geraiId,
              kode,
              null,
              null);
      // Organised by the forum, so the demo forum officer runs these meetings.
      jdbc.sql("UPDATE kegiatan SET oleh_forum = TRUE WHERE id = :id").param("id", id).update();
      int hadir = 6 + acak.nextInt(8);
      for (int i = 0; i < hadir; i++) {
        peserta(acak, id, null, "Anggota Forum " + (i + 1), tanggal, true);
      }
    }
    return 12;
  }

  private int festival(Random acak, LocalDate hari, String kode, List<Usaha> usaha) {
    LocalDate mulai = hari.minusDays(75);
    List<Usaha> tenant = festival.tenant(acak, mulai, usaha);
    if (tenant.isEmpty()) {
      return 0;
    }
    String judul = FestivalDemo.FESTIVAL + " " + mulai.getYear();
    long id = kegiatan("FESTIVAL", judul, mulai, 9, mulai.plusDays(2), 21, null, kode, 80, 30);
    festival.isi(acak, id, mulai, tenant);
    return 1;
  }

  private long kegiatan(
      String jenis,
      String judul,
      LocalDate dari,
      int jamDari,
      LocalDate sampai,
      int jamSampai,
      Long geraiId,
      String kode,
      Integer kapasitas,
      Integer kuota) {
    return simpan(
        jdbc.sql(
                "INSERT INTO kegiatan (jenis, judul, mulai, selesai, gerai_id, kode_wilayah,"
                    + " alamat, penyelenggara, kapasitas, kuota_binaan, deskripsi, dibuat_oleh,"
                    + " dibuat_pada, versi) VALUES (:jenis, :judul, :mulai, :selesai, :gerai,"
                    + " :kode, :alamat, :oleh, :kapasitas, :kuota, :desk, :dibuat, :pada, 0)")
            .param("jenis", jenis)
            .param("judul", judul)
            .param("mulai", waktu(dari, jamDari))
            .param("selesai", waktu(sampai, jamSampai))
            .param("gerai", geraiId)
            .param("kode", kode)
            .param("alamat", geraiId == null ? "Balai Kota Semarang" : null)
            .param("oleh", DINKOP)
            .param("kapasitas", kapasitas)
            .param("kuota", kuota)
            .param("desk", "Data contoh")
            .param("dibuat", OLEH)
            .param("pada", waktu(dari.minusDays(14), 9)));
  }

  private long kunjungan(long kegiatanId, Gerai g, LocalDate tanggal) {
    return simpan(
        jdbc.sql(
                "INSERT INTO kunjungan (kegiatan_id, kode_wilayah, gerai_id, tanggal, hadir_pada)"
                    + " VALUES (:k, :kode, :g, :tgl, :hadir)")
            .param("k", kegiatanId)
            .param("kode", g.kode())
            .param("g", g.id())
            .param("tgl", tanggal)
            .param("hadir", waktu(tanggal, 9)));
  }

  private void layanan(
      long kegiatanId,
      long kunjungan,
      long geraiId,
      Usaha u,
      String jenis,
      LocalDate tanggal,
      int jam) {
    jdbc.sql(
            "INSERT INTO layanan_kegiatan (kegiatan_id, kunjungan_id, gerai_id, usaha_id, nama,"
                + " jenis, diberikan_pada, dicatat_oleh) VALUES (:k, :kj, :g, :u, :nama, :jenis,"
                + " :pada, :oleh)")
        .param("k", kegiatanId)
        .param("kj", kunjungan)
        .param("g", geraiId)
        .param("u", u.id())
        .param("nama", u.nama())
        .param("jenis", jenis)
        .param("pada", waktu(tanggal, jam))
        .param("oleh", OLEH)
        .update();
  }

  private void peserta(
      Random acak, long kegiatanId, Long usahaId, String nama, LocalDate tanggal, boolean hadir) {
    StringBuilder kode = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      kode.append(HURUF.charAt(acak.nextInt(HURUF.length())));
    }
    jdbc.sql(
            "INSERT INTO peserta (kegiatan_id, peran, usaha_id, nama, status, kode, hadir_pada,"
                + " didaftarkan_oleh, didaftarkan_pada, versi) VALUES (:k, 'PESERTA', :u, :nama,"
                + " 'TERDAFTAR', :kode, :hadir, :oleh, :pada, 0)")
        .param("k", kegiatanId)
        .param("u", usahaId)
        .param("nama", nama)
        .param("kode", kode.toString())
        .param("hadir", hadir ? waktu(tanggal, 9) : null)
        .param("oleh", OLEH)
        .param("pada", waktu(tanggal.minusDays(7), 10))
        .update();
  }

  private List<Gerai> gerai() {
    return jdbc.sql(
            "SELECT id, nama, kode_wilayah FROM gerai WHERE status = 'AKTIF' ORDER BY id LIMIT 30")
        .query((rs, i) -> new Gerai(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private List<Usaha> usaha() {
    return jdbc.sql("SELECT id, nama, kode_wilayah FROM usaha ORDER BY id")
        .query((rs, i) -> new Usaha(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  static OffsetDateTime waktu(LocalDate hari, int jam) {
    return hari.atTime(jam, 0).atZone(WIB).toOffsetDateTime();
  }

  static long simpan(JdbcClient.StatementSpec sql) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    sql.update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

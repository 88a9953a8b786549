package id.gerai.demo;

import id.gerai.konsultasi.BukaKonsultasi;
import id.gerai.konsultasi.KategoriMasalah;
import id.gerai.konsultasi.KonsultasiService;
import id.gerai.konsultasi.PenangananService;
import id.gerai.konsultasi.PeranTujuan;
import id.gerai.konsultasi.StatusKonsultasi;
import id.gerai.konsultasi.TanggapanBaru;
import id.gerai.konsultasi.Tugaskan;
import id.gerai.konsultasi.UbahStatus;
import id.gerai.konsultasi.Urgensi;
import id.gerai.umkm.UmkmSingkat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases in every status, with threads, brought by Dinkop staff for demo businesses and one
 * cooperative: some overdue, some solved with a written solution, so the list, the overdue flags,
 * the needs signal and the know-how search show something on first run.
 */
@Component
class KonsultasiDemo {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** One demo case: what, how urgent, where it ends, days ago it was brought, the solution. */
  record Kasus(
      KategoriMasalah kategori,
      Urgensi urgensi,
      String uraian,
      StatusKonsultasi akhir,
      int hariLalu,
      String solusi) {}

  static final List<Kasus> KASUS =
      List.of(
          new Kasus(
              KategoriMasalah.PERIZINAN,
              Urgensi.SEDANG,
              "Bagaimana mengurus PIRT untuk keripik tempe yang dijual ke toko oleh-oleh?",
              StatusKonsultasi.SELESAI,
              95,
              "PIRT (SPP-IRT) diurus lewat OSS: buat NIB dulu, ikut penyuluhan keamanan pangan"
                  + " Dinas Kesehatan, lalu pemeriksaan sarana produksi. Selesai dalam tiga minggu."),
          new Kasus(
              KategoriMasalah.PEMASARAN,
              Urgensi.RENDAH,
              "Penjualan bandeng presto turun, ingin mulai berjualan di marketplace.",
              StatusKonsultasi.SELESAI,
              70,
              "Ikut pelatihan foto produk di gerai, buka toko di dua marketplace, pakai promo"
                  + " ongkir gratis bulan pertama. Penjualan daring kini sepertiga omzet."),
          new Kasus(
              KategoriMasalah.MODAL,
              Urgensi.TINGGI,
              "Butuh modal kerja untuk menambah dua mesin jahit menjelang Lebaran.",
              StatusKonsultasi.DITUTUP,
              60,
              "Dibantu mengajukan KUR mikro ke bank penyalur dengan NIB dan catatan penjualan;"
                  + " cair dalam dua minggu."),
          new Kasus(
              KategoriMasalah.PEMBUKUAN,
              Urgensi.SEDANG,
              "Belum bisa memisahkan uang usaha dan uang rumah tangga.",
              StatusKonsultasi.SELESAI,
              40,
              "Buka rekening khusus usaha, catat kas harian di aplikasi pembukuan gratis, gaji"
                  + " diri sendiri tiap bulan dari laba."),
          new Kasus(
              KategoriMasalah.BAHAN_BAKU,
              Urgensi.TINGGI,
              "Harga gula aren naik dua kali lipat, pemasok lama berhenti kirim.",
              StatusKonsultasi.DIPROSES,
              20,
              null),
          new Kasus(
              KategoriMasalah.PRODUKSI,
              Urgensi.SEDANG,
              "Kemasan sambal sering bocor saat dikirim ke luar kota.",
              StatusKonsultasi.MENUNGGU_PELAKU,
              12,
              null),
          new Kasus(
              KategoriMasalah.TEKNOLOGI,
              Urgensi.RENDAH,
              "Ingin menerima pembayaran QRIS tapi belum tahu caranya.",
              StatusKonsultasi.DITUGASKAN,
              3,
              null),
          new Kasus(
              KategoriMasalah.SDM,
              Urgensi.TINGGI,
              "Dua karyawan keluar, kesulitan mencari pengganti yang terampil.",
              StatusKonsultasi.DITUGASKAN,
              10,
              null),
          new Kasus(
              KategoriMasalah.PERIZINAN,
              Urgensi.TINGGI,
              "Sertifikat halal untuk katering harus diperbarui, tidak tahu mulai dari mana.",
              StatusKonsultasi.BARU,
              6,
              null),
          new Kasus(
              KategoriMasalah.PEMASARAN,
              Urgensi.SEDANG,
              "Mencari tempat berjualan di festival kuliner akhir bulan.",
              StatusKonsultasi.BARU,
              1,
              null),
          new Kasus(
              KategoriMasalah.LAINNYA,
              Urgensi.RENDAH,
              "Salah input, masalah sudah selesai sendiri.",
              StatusKonsultasi.DITUTUP,
              25,
              null));

  private final KonsultasiService konsultasi;
  private final PenangananService penanganan;
  private final JdbcClient jdbc;

  KonsultasiDemo(KonsultasiService konsultasi, PenangananService penanganan, JdbcClient jdbc) {
    this.konsultasi = konsultasi;
    this.penanganan = penanganan;
    this.jdbc = jdbc;
  }

  /** Brings the cases (the last for a cooperative when there is one); returns how many. */
  int isi(List<UmkmSingkat> usaha, Long koperasiId, Long akunPendamping) {
    return SebagaiStaf.jalankan(
        () -> {
          int n = 0;
          for (int i = 0; i < KASUS.size() && i < usaha.size(); i++) {
            Kasus k = KASUS.get(i);
            boolean koperasi = koperasiId != null && i == KASUS.size() - 2;
            BukaKonsultasi buka =
                koperasi
                    ? new BukaKonsultasi(null, k.kategori(), k.uraian(), k.urgensi(), koperasiId)
                    : new BukaKonsultasi(usaha.get(i).id(), k.kategori(), k.uraian(), k.urgensi());
            long id = konsultasi.buka(buka, SebagaiStaf.KOTA);
            jalani(id, k, akunPendamping);
            mundurkan(id, k);
            n++;
          }
          return n;
        });
  }

  /** Walks the case along the allowed moves to its final status, answering on the way. */
  private void jalani(long id, Kasus k, Long akunPendamping) {
    StatusKonsultasi akhir = k.akhir();
    if (akhir == StatusKonsultasi.BARU) {
      return;
    }
    if (akhir == StatusKonsultasi.DITUTUP && k.solusi() == null) {
      ubah(id, StatusKonsultasi.DITUTUP, null);
      return;
    }
    Tugaskan ke =
        akunPendamping != null && k.kategori() != KategoriMasalah.MODAL
            ? new Tugaskan(akunPendamping, "Agus Setiawan", PeranTujuan.PENDAMPING)
            : new Tugaskan(null, null, PeranTujuan.STAF_DINAS);
    penanganan.tugaskan(id, ke, SebagaiStaf.KOTA);
    if (akhir == StatusKonsultasi.DITUGASKAN) {
      return;
    }
    ubah(id, StatusKonsultasi.DIPROSES, null);
    tanggapi(id, "Terima kasih, kami pelajari dulu. Mohon kirim foto atau dokumen pendukung.");
    if (akhir == StatusKonsultasi.MENUNGGU_PELAKU) {
      ubah(id, StatusKonsultasi.MENUNGGU_PELAKU, null);
      return;
    }
    if (akhir == StatusKonsultasi.DIPROSES) {
      tanggapi(id, "Kami hubungkan dengan dua pemasok di forum; jadwal temu minggu ini.");
      return;
    }
    tanggapi(id, "Langkah yang disarankan sudah dijalankan, hasilnya baik.");
    ubah(id, StatusKonsultasi.SELESAI, k.solusi());
    if (akhir == StatusKonsultasi.DITUTUP) {
      ubah(id, StatusKonsultasi.DITUTUP, null);
    }
  }

  private void ubah(long id, StatusKonsultasi ke, String solusi) {
    penanganan.ubahStatus(id, new UbahStatus(ke, solusi), SebagaiStaf.KOTA);
  }

  private void tanggapi(long id, String isi) {
    konsultasi.tanggapi(id, new TanggapanBaru(isi), SebagaiStaf.KOTA);
  }

  /**
   * Dates the case back to when the story says it was brought, with the deadlines its urgency gave
   * it then, so old open cases show as overdue and the needs signal spreads over months. Plain SQL
   * on the case table: the case module keeps real cases' dates fixed by design.
   */
  private void mundurkan(long id, Kasus k) {
    if (k.hariLalu() == 0) {
      return;
    }
    var batas =
        jdbc.sql(
                "SELECT dibuat_pada, batas_tanggapan, batas_selesai FROM konsultasi WHERE id = :id")
            .param("id", id)
            .query(
                (rs, i) ->
                    new OffsetDateTime[] {
                      rs.getObject(1, OffsetDateTime.class),
                      rs.getObject(2, OffsetDateTime.class),
                      rs.getObject(3, OffsetDateTime.class)
                    })
            .single();
    Duration geser = Duration.ofDays(k.hariLalu());
    OffsetDateTime dibuat = batas[0].minus(geser);
    jdbc.sql(
            "UPDATE konsultasi SET dibuat_pada = :dibuat, periode = :periode,"
                + " batas_tanggapan = :tanggapan, batas_selesai = :selesai WHERE id = :id")
        .param("dibuat", dibuat)
        .param("periode", YearMonth.from(dibuat.atZoneSameInstant(WIB)).toString())
        .param("tanggapan", batas[1].minus(geser))
        .param("selesai", batas[2].minus(geser))
        .param("id", id)
        .update();
  }
}

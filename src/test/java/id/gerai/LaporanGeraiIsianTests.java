package id.gerai;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A gerai report form is pre-filled from what activities (kegiatan) and cases (konsultasi) recorded
 * at that gerai in that period, and nothing of it counts for another gerai or another period.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LaporanGeraiIsianTests {

  static final String KODE = "33.74.01.1007";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  long gerai;
  long lain;

  @BeforeEach
  void siapkan() {
    gerai = gerai();
    lain = gerai();
    // October 2026 at the gerai: two activities, one checked-in participant, services
    long rapat = kegiatan(gerai, "PERTEMUAN", "2026-10-05T19:00:00+07:00");
    long safari = kegiatan(gerai, "SAFARI", "2026-10-20T08:00:00+07:00");
    peserta(rapat, true);
    peserta(rapat, true);
    peserta(rapat, false);
    layanan(safari, gerai, "BANTUAN_NIB", "2026-10-20T09:00:00+07:00");
    layanan(safari, gerai, "BANTUAN_NIB", "2026-10-20T10:00:00+07:00");
    layanan(safari, gerai, "BANTUAN_IZIN", "2026-10-20T10:30:00+07:00");
    layanan(safari, gerai, "KONSULTASI", "2026-10-20T11:00:00+07:00");
    layanan(safari, gerai, "DIDAFTARKAN", "2026-10-20T11:30:00+07:00");
    long kasus = konsultasi(gerai, "2026-10-07T10:00:00+07:00");
    konsultasi(gerai, "2026-10-31T23:30:00+07:00");
    sesi(kasus, LocalDate.of(2026, 10, 9));
    // the night of 30 September in Jakarta and November belong to other periods
    kegiatan(gerai, "PELATIHAN", "2026-09-30T23:00:00+07:00");
    konsultasi(gerai, "2026-11-01T00:30:00+07:00");
    layanan(safari, gerai, "BANTUAN_NIB", "2026-11-01T08:00:00+07:00");
    // the other gerai's own activity and case
    kegiatan(lain, "PERTEMUAN", "2026-10-06T19:00:00+07:00");
    konsultasi(lain, "2026-10-08T10:00:00+07:00");
  }

  @Test
  void theFormShowsActivitiesAndCasesOfThatGeraiAndPeriod() {
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan/2026-10", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.isian.jumlahPertemuan").isEqualTo(2);
              assertThat(j).extractingPath("$.isian.anggotaHadir").isEqualTo(2);
              assertThat(j).extractingPath("$.isian.umkmBaru").isEqualTo(1);
              assertThat(j).extractingPath("$.isian.layananNib").isEqualTo(2);
              assertThat(j).extractingPath("$.isian.layananIzin").isEqualTo(1);
              // one consultation on the safari, one mentoring session on a case
              assertThat(j).extractingPath("$.isian.layananKonsultasi").isEqualTo(2);
              assertThat(j).extractingPath("$.isian.permasalahan").isEqualTo(2);
            });
    assertThat(mvc.get().uri("/gerai/{id}/laporan/2026-10", gerai).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Tercatat di sistem: 2");
  }

  @Test
  void nothingCountsForAnotherGerai() {
    assertThat(mvc.get().uri("/api/v1/gerai/{id}/laporan/2026-10", lain).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.isian.jumlahPertemuan").isEqualTo(1);
              assertThat(j).extractingPath("$.isian.anggotaHadir").isEqualTo(0);
              assertThat(j).extractingPath("$.isian.layananNib").isEqualTo(0);
              assertThat(j).extractingPath("$.isian.layananKonsultasi").isEqualTo(0);
              assertThat(j).extractingPath("$.isian.permasalahan").isEqualTo(1);
            });
  }

  long gerai() {
    return simpan(
        jdbc.sql(
                "INSERT INTO gerai (jenis, nama, kode_wilayah, alamat, lintang, bujur,"
                    + " tanggal_buka, status, dibuat_pada, versi) VALUES ('KELURAHAN', :nama,"
                    + " :kode, 'Jl. Uji 1', -6.98, 110.41, :buka, 'AKTIF', :kini, 0)")
            .param("nama", "Gerai Isian " + UUID.randomUUID().toString().substring(0, 8))
            .param("kode", KODE)
            .param("buka", LocalDate.of(2020, 1, 1))
            .param("kini", Timestamp.from(Instant.now())));
  }

  long kegiatan(long geraiId, String jenis, String mulai) {
    OffsetDateTime m = OffsetDateTime.parse(mulai);
    return simpan(
        jdbc.sql(
                "INSERT INTO kegiatan (jenis, judul, mulai, selesai, gerai_id, kode_wilayah,"
                    + " penyelenggara, dibuat_oleh, dibuat_pada, versi) VALUES (:jenis,"
                    + " 'Kegiatan uji', :mulai, :selesai, :gerai, :kode, 'Dinkop', 'uji', :mulai,"
                    + " 0)")
            .param("jenis", jenis)
            .param("mulai", m)
            .param("selesai", m.plusHours(2))
            .param("gerai", geraiId)
            .param("kode", KODE));
  }

  void peserta(long kegiatanId, boolean hadir) {
    OffsetDateTime kini = OffsetDateTime.parse("2026-10-05T19:00:00+07:00");
    jdbc.sql(
            "INSERT INTO peserta (kegiatan_id, peran, nama, status, kode, hadir_pada,"
                + " didaftarkan_oleh, didaftarkan_pada, versi) VALUES (:k, 'PESERTA', 'Sri',"
                + " 'TERDAFTAR', :kode, :hadir, 'uji', :kini, 0)")
        .param("k", kegiatanId)
        .param("kode", UUID.randomUUID().toString().substring(0, 18))
        .param("hadir", hadir ? kini : null)
        .param("kini", kini)
        .update();
  }

  void layanan(long kegiatanId, long geraiId, String jenis, String pada) {
    jdbc.sql(
            "INSERT INTO layanan_kegiatan (kegiatan_id, gerai_id, nama, jenis, diberikan_pada,"
                + " dicatat_oleh) VALUES (:k, :g, 'Warung Uji', :jenis, :pada, 'uji')")
        .param("k", kegiatanId)
        .param("g", geraiId)
        .param("jenis", jenis)
        .param("pada", OffsetDateTime.parse(pada))
        .update();
  }

  long konsultasi(long geraiId, String dibuat) {
    OffsetDateTime d = OffsetDateTime.parse(dibuat);
    return simpan(
        jdbc.sql(
                "INSERT INTO konsultasi (usaha_id, nama_subjek, kode_wilayah, gerai_id, kategori,"
                    + " uraian, urgensi, saluran, status, periode, batas_tanggapan,"
                    + " batas_selesai, dibuat_oleh, dibuat_pada, diubah_pada, versi) VALUES (1,"
                    + " 'Warung Uji', :kode, :g, 'MODAL', 'Butuh modal', 'SEDANG', 'GERAI',"
                    + " 'BARU', :periode, :d, :d, 'uji', :d, :d, 0)")
            .param("kode", KODE)
            .param("g", geraiId)
            .param("periode", dibuat.substring(0, 7))
            .param("d", d));
  }

  void sesi(long kasus, LocalDate tanggal) {
    jdbc.sql(
            "INSERT INTO sesi_pendampingan (konsultasi_id, tanggal, durasi_menit, topik,"
                + " pendamping, dicatat_pada, versi) VALUES (:k, :t, 60, 'Pembukuan', 'uji',"
                + " :kini, 0)")
        .param("k", kasus)
        .param("t", tanggal)
        .param("kini", OffsetDateTime.now())
        .update();
  }

  private long simpan(JdbcClient.StatementSpec sql) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    sql.update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A report falling due reminds the officers' accounts of each gerai that has not submitted it, from
 * three days before the deadline (period 2026-10 is due by 2026-11-10), once per gerai and period,
 * after a real commit; a gerai that submitted and another gerai's officers hear nothing.
 */
@SpringBootTest
@Import(LaporanGeraiUji.class)
class PengingatLaporanGeraiTests {

  @Autowired PengingatLaporanGerai pengingat;
  @Autowired GeraiRepository geraiRepo;
  @Autowired LaporanGeraiUji.Jam jam;
  @Autowired JdbcClient jdbc;

  long belum;
  long sudah;
  long petugasBelum;
  long petugasBelumNonaktif;
  long petugasSudah;
  long staf;

  @BeforeEach
  void siapkan() {
    belum = gerai("Belum");
    sudah = gerai("Sudah");
    petugasBelum = akun("PENGURUS_GERAI", "GERAI", belum, true);
    petugasBelumNonaktif = akun("PENGURUS_GERAI", "GERAI", belum, false);
    petugasSudah = akun("PENGURUS_GERAI", "GERAI", sudah, true);
    staf = akun("STAF_DINAS", "WILAYAH", null, true);
    jdbc.sql(
            "INSERT INTO laporan_gerai (gerai_id, periode, periode_mulai, periode_selesai,"
                + " tenggat, status, jumlah_pertemuan, anggota_hadir, umkm_baru, koperasi_baru,"
                + " layanan_nib, layanan_izin, layanan_konsultasi, permasalahan, dibuka_kembali,"
                + " pertama_dikirim, dibuat_pada, dibuat_oleh, versi) VALUES (:g, '2026-10',"
                + " :mulai, :selesai, :tenggat, 'DIKIRIM', 0, 0, 0, 0, 0, 0, 0, 0, FALSE, :tenggat,"
                + " :kini, 'uji', 0)")
        .param("g", sudah)
        .param("mulai", LocalDate.of(2026, 10, 1))
        .param("selesai", LocalDate.of(2026, 10, 31))
        .param("tenggat", LocalDate.of(2026, 11, 3))
        .param("kini", OffsetDateTime.now())
        .update();
  }

  @AfterEach
  void pulihkan() {
    jam.kembalikan();
  }

  @Test
  void officersOfAGeraiThatHasNotSubmittedAreRemindedOnce() {
    jam.atur(LocalDate.of(2026, 11, 6));
    pengingat.periksa();
    assertThat(notifikasi(petugasBelum)).isEmpty();

    jam.atur(LocalDate.of(2026, 11, 7));
    pengingat.periksa();
    jam.atur(LocalDate.of(2026, 11, 8));
    pengingat.periksa();
    assertThat(notifikasi(petugasBelum))
        .containsExactly("LAPORAN_JATUH_TEMPO /gerai/" + belum + "/laporan/2026-10");
    assertThat(notifikasi(petugasBelumNonaktif)).isEmpty();
    assertThat(notifikasi(petugasSudah)).isEmpty();
    assertThat(notifikasi(staf)).isEmpty();
    assertThat(
            jdbc.sql("SELECT argumen FROM notifikasi WHERE akun_id = :a")
                .param("a", petugasBelum)
                .query(String.class)
                .single())
        .contains("2026-10");
  }

  long gerai(String nama) {
    return GeraiFixture.simpan(
        geraiRepo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Pengingat " + nama));
  }

  long akun(String peran, String jenis, Long gerai, boolean aktif) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO akun (nama_pengguna, nama_lengkap, kata_sandi, peran, cakupan_jenis,"
                + " cakupan_wilayah, cakupan_gerai, aktif, dibuat_pada, versi) VALUES (:n, 'Uji',"
                + " 'x', :peran, :jenis, '33.74', :gerai, :aktif, :kini, 0)")
        .param("n", "uji-" + UUID.randomUUID())
        .param("peran", peran)
        .param("jenis", jenis)
        .param("gerai", gerai)
        .param("aktif", aktif)
        .param("kini", OffsetDateTime.now())
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  List<String> notifikasi(long akun) {
    return jdbc.sql("SELECT jenis, tautan FROM notifikasi WHERE akun_id = :a ORDER BY id")
        .param("a", akun)
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }
}

package id.gerai.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A case tells people what waits for them, after each change really commits (this test is not
 * transactional): the assignee hears of the assignment, each party of the other's answer (never of
 * their own), and the assignee once per target that passes, however often the hourly check runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JamUji.Config.class)
class KonsultasiPemberitahuanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JamUji jam;
  @Autowired PengingatTerlambat pengingat;

  KonsultasiUji uji;
  KonsultasiApi api;

  @BeforeEach
  void siapkan() {
    uji = new KonsultasiUji(jdbc);
    api = new KonsultasiApi(mvc);
  }

  @Test
  void theAssigneeHearsOfTheAssignmentAndEachPartyOfTheOthersAnswer() {
    long id = api.buka(uji, uji.pemilik(), "PERIZINAN", "Cara mengurus PIRT untuk keripik?");
    assertThat(notifikasi(uji.akunPendamping)).isEmpty();

    api.tugaskanKePendamping(id, uji);
    assertThat(notifikasi(uji.akunPendamping)).containsExactly("PENUGASAN /konsultasi/" + id);

    assertThat(api.tanggapi(id, "Datang ke gerai hari Kamis.", uji.pendamping()))
        .hasStatus2xxSuccessful();
    assertThat(notifikasi(uji.akunPemilik)).containsExactly("TANGGAPAN /konsultasi/" + id);
    assertThat(notifikasi(uji.akunPendamping)).containsExactly("PENUGASAN /konsultasi/" + id);

    assertThat(api.tanggapi(id, "Baik, terima kasih.", uji.pemilik())).hasStatus2xxSuccessful();
    assertThat(notifikasi(uji.akunPendamping))
        .containsExactly("PENUGASAN /konsultasi/" + id, "TANGGAPAN /konsultasi/" + id);
    assertThat(notifikasi(uji.akunPemilik)).hasSize(1);
  }

  @Test
  void theAssigneeHearsOnceOfEachMissedTarget() {
    long id = api.buka(uji, uji.pengurusGerai(), "PRODUKSI", "Mesin pengemas rusak terus.");
    api.tugaskanKePendamping(id, uji);
    pengingat.periksa();
    assertThat(notifikasi(uji.akunPendamping)).containsExactly("PENUGASAN /konsultasi/" + id);

    jam.geser(Duration.ofHours(25));
    pengingat.periksa();
    pengingat.periksa();
    assertThat(notifikasi(uji.akunPendamping))
        .containsExactly("PENUGASAN /konsultasi/" + id, "TERLAMBAT /konsultasi/" + id);
    assertThat(pesan(uji.akunPendamping)).contains("konsultasi.notifikasi.terlambat.tanggapan");

    jam.geser(Duration.ofDays(7));
    pengingat.periksa();
    pengingat.periksa();
    assertThat(pesan(uji.akunPendamping))
        .containsExactly(
            "notifikasi.pesan.PENUGASAN",
            "konsultasi.notifikasi.terlambat.tanggapan",
            "konsultasi.notifikasi.terlambat.selesai");
  }

  List<String> notifikasi(long akun) {
    return jdbc.sql("SELECT jenis, tautan FROM notifikasi WHERE akun_id = :a ORDER BY id")
        .param("a", akun)
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }

  List<String> pesan(long akun) {
    return jdbc.sql("SELECT kode_pesan FROM notifikasi WHERE akun_id = :a ORDER BY id")
        .param("a", akun)
        .query(String.class)
        .list();
  }
}

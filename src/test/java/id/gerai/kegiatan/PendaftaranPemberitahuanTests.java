package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A registered business's owner hears that its place is confirmed, after a real commit: at once
 * when a place is free, only when it moves up when it had to wait; a business without an account
 * and a person registered by name tell nobody.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PendaftaranPemberitahuanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;
  long kegiatan;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "PELATIHAN",
                KegiatanUji.unik("Pelatihan Pemasaran"),
                "2026-12-14T09:00",
                "2026-12-14T12:00",
                null,
                KegiatanUji.SEKAYU,
                2,
                null),
            stafKota());
  }

  @Test
  void theOwnerHearsWhenThePlaceIsConfirmed() {
    long akunA = akun();
    long akunB = akun();
    long usahaA = uji.usaha(KegiatanUji.unik("Warung A"), KegiatanUji.SEKAYU, null, akunA);
    long usahaB = uji.usaha(KegiatanUji.unik("Warung B"), KegiatanUji.SEKAYU, null, akunB);
    long tanpaAkun = uji.usaha(KegiatanUji.unik("Warung C"), KegiatanUji.SEKAYU, null);

    long pesertaA = daftar("{\"usahaId\": " + usahaA + "}");
    daftar("{\"usahaId\": " + tanpaAkun + "}");
    daftar("{\"usahaId\": " + usahaB + "}");
    assertThat(notifikasi(akunA)).containsExactly("PENDAFTARAN_DIKONFIRMASI /umkm/" + usahaA);
    assertThat(notifikasi(akunB)).isEmpty();

    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/peserta/{p}/batal", kegiatan, pesertaA)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(notifikasi(akunB)).containsExactly("PENDAFTARAN_DIKONFIRMASI /umkm/" + usahaB);
    assertThat(notifikasi(akunA)).hasSize(1);
  }

  long daftar(String json) {
    var r = api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", json, stafKota());
    assertThat(r).hasStatus(HttpStatus.CREATED);
    return KegiatanApi.id(r);
  }

  static long akun() {
    return 900_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
  }

  List<String> notifikasi(long akun) {
    return jdbc.sql("SELECT jenis, tautan FROM notifikasi WHERE akun_id = :a ORDER BY id")
        .param("a", akun)
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }
}

package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cooperatives take part in activities: registered by id when the caller's scope reaches them (a
 * gerai officer only their gerai's cooperatives; another one is not found), once per activity; the
 * cooperative's page lists its activities, and the list answers 404 outside the scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PesertaKoperasiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanUji uji;
  KegiatanApi api;
  long gerai;
  long geraiLain;
  long kegiatan;
  String judul;
  RequestPostProcessor petugas;
  RequestPostProcessor petugasLain;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    gerai = uji.gerai(KegiatanUji.SEKAYU);
    geraiLain = uji.gerai(KegiatanUji.SEKAYU);
    petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(gerai, KegiatanUji.SEKAYU));
    petugasLain = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(geraiLain, KegiatanUji.SEKAYU));
    judul = KegiatanUji.unik("Sosialisasi Koperasi");
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "SOSIALISASI",
                judul,
                "2026-12-15T09:00",
                "2026-12-15T12:00",
                gerai,
                null,
                null,
                null),
            stafKota());
  }

  @Test
  void aCooperativeInScopeIsRegisteredOnceAndItsPageListsTheActivity() {
    String nama = KegiatanUji.unik("KSP Sekayu Makmur");
    long kop = koperasi(nama, gerai);
    var r = daftar("{\"koperasiId\": " + kop + "}", petugas);
    assertThat(r).hasStatus(HttpStatus.CREATED).bodyText().contains(nama);
    assertThat(daftar("{\"koperasiId\": " + kop + "}", petugas))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("sudah terdaftar");

    assertThat(mvc.get().uri("/kegiatan/koperasi/{id}", kop).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains(judul, "Peserta");
    assertThat(mvc.get().uri("/koperasi/{id}", kop).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("/kegiatan/koperasi/" + kop);
  }

  @Test
  void aCooperativeOutsideTheScopeIsNotFound() {
    long kopLain = koperasi(KegiatanUji.unik("KSP Lain"), geraiLain);
    assertThat(daftar("{\"koperasiId\": " + kopLain + "}", petugas))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(daftar("{\"koperasiId\": 999999999}", stafKota())).hasStatus(HttpStatus.NOT_FOUND);

    long kop = koperasi(KegiatanUji.unik("KSP Sekayu"), gerai);
    assertThat(daftar("{\"koperasiId\": " + kop + "}", stafKota())).hasStatus(HttpStatus.CREATED);
    assertThat(mvc.get().uri("/kegiatan/koperasi/{id}", kop).with(petugasLain))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain(judul);
    assertThat(
            mvc.get()
                .uri("/kegiatan/koperasi/{id}", kop)
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(424242L))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  org.springframework.test.web.servlet.assertj.MvcTestResult daftar(
      String json, RequestPostProcessor siapa) {
    return api.kirim("POST", "/api/v1/kegiatan/" + kegiatan + "/peserta", json, siapa);
  }

  long koperasi(String nama, long geraiId) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO koperasi (nama, jenis, kelompok, bentuk, kode_wilayah, gerai_id,"
                + " status, status_verifikasi, dibuat_pada, diubah_pada, versi) VALUES (:nama,"
                + " 'SIMPAN_PINJAM', 'KSP', 'PRIMER', :kode, :gerai, 'AKTIF', 'TERVERIFIKASI',"
                + " :kini, :kini, 0)")
        .param("nama", nama)
        .param("kode", KegiatanUji.SEKAYU)
        .param("gerai", geraiId)
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }
}

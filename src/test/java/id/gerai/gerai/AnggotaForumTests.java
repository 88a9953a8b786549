package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Forum members joined through a gerai: registered by the gerai's officer, listed per gerai and for
 * the forum within the caller's scope, counted by month, and asked about by business actor id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LaporanGeraiUji.class)
class AnggotaForumTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository geraiRepo;
  @Autowired AnggotaForumService service;
  @Autowired LaporanGeraiUji.Jam jam;

  long sekayu;
  long tembalang;
  RequestPostProcessor petugas;
  long pelakuUsaha;

  @BeforeEach
  void siapkan() {
    sekayu =
        GeraiFixture.simpan(
            geraiRepo, GeraiJenis.KELURAHAN, "33.74.01.1007", GeraiFixture.unik("Anggota"));
    tembalang =
        GeraiFixture.simpan(
            geraiRepo, GeraiJenis.KELURAHAN, "33.74.10.1001", GeraiFixture.unik("Anggota"));
    petugas = sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(sekayu, "33.74.01.1007"));
    pelakuUsaha = System.nanoTime();
  }

  @AfterEach
  void pulihkan() {
    jam.kembalikan();
  }

  MvcTestResult daftarkan(
      RequestPostProcessor siapa, long gerai, String nama, Long pu, String tanggal) {
    String json =
        """
        {"geraiId":%d,"nama":"%s","pelakuUsahaId":%s,"telepon":"0812 3456 7890","peran":"ANGGOTA","tanggalGabung":%s}
        """
            .formatted(gerai, nama, pu, tanggal == null ? "null" : "\"" + tanggal + "\"");
    return mvc.post()
        .uri("/api/v1/forum/anggota")
        .with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  @Test
  void anOfficerRegistersMembersOfTheirGeraiOnly() {
    assertThat(daftarkan(petugas, sekayu, "Siti Aminah", pelakuUsaha, "2026-08-15"))
        .hasStatus(HttpStatus.CREATED);
    assertThat(daftarkan(petugas, sekayu, "Budi", null, "2026-10-02"))
        .hasStatus(HttpStatus.CREATED);
    assertThat(daftarkan(petugas, tembalang, "Bukan gerainya", null, null))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(daftarkan(petugas, sekayu, "", null, null))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Isi nama anggota.");
    assertThat(daftarkan(petugas, sekayu, "Nanti", null, "2026-12-01"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("tidak boleh setelah hari ini");
    assertThat(daftarkan(petugas, sekayu, "Siti lagi", pelakuUsaha, null))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("sudah menjadi anggota aktif");
    assertThat(
            daftarkan(sebagai(Peran.PENDAMPING, Cakupan.wilayah("33.74")), sekayu, "X", null, null))
        .hasStatus(HttpStatus.FORBIDDEN);

    assertThat(service.anggotaAktif(pelakuUsaha)).isTrue();
    assertThat(service.keanggotaan(pelakuUsaha).orElseThrow().geraiId()).isEqualTo(sekayu);
    assertThat(service.anggotaAktif(pelakuUsaha + 1)).isFalse();
  }

  @Test
  void listsHonourTheScopeAndPhonesAreMasked() {
    daftarkan(stafKota(), sekayu, "Anggota Sekayu", null, null);
    daftarkan(stafKota(), tembalang, "Anggota Tembalang", null, null);
    assertThat(mvc.get().uri("/api/v1/forum/anggota?gerai={g}", sekayu).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains("Anggota Sekayu", "0812****890")
        .doesNotContain("081234567890");
    assertThat(mvc.get().uri("/api/v1/forum/anggota?ukuran=200").with(petugas))
        .bodyText()
        .contains("Anggota Sekayu")
        .doesNotContain("Anggota Tembalang");
    assertThat(mvc.get().uri("/api/v1/forum/anggota?gerai={g}", tembalang).with(petugas))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Anggota Tembalang");
    assertThat(mvc.get().uri("/gerai/{g}/anggota", tembalang).with(petugas))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/forum/anggota")
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(1))))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Anggota Sekayu", "Anggota Tembalang");
    assertThat(
            mvc.get()
                .uri("/forum/anggota?status=AKTIF")
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.10"))))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Anggota Sekayu");
    assertThat(mvc.get().uri("/api/v1/forum/anggota?gerai={g}", tembalang).with(stafKota()))
        .bodyText()
        .contains("081234567890");
  }

  @Test
  void theGeraiPageCountsMembersByMonth() throws Exception {
    daftarkan(petugas, sekayu, "Lama", null, "2026-06-01");
    daftarkan(petugas, sekayu, "Oktober", null, "2026-10-20");
    long keluar =
        mvc.post()
            .uri("/api/v1/forum/anggota")
            .with(petugas)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"geraiId\":" + sekayu + ",\"nama\":\"Keluar\",\"tanggalGabung\":\"2026-07-01\"}")
            .exchange()
            .getResponse()
            .getContentAsString()
            .replaceAll("\\D", "")
            .transform(Long::parseLong);
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/anggota/{a}/nonaktifkan?tanggal=2026-09-15", sekayu, keluar)
                .with(petugas)
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(
            mvc.get().uri("/api/v1/forum/anggota/bulanan?gerai={g}&bulan=6", sekayu).with(petugas))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j)
                  .extractingPath("$[*].bulan")
                  .asArray()
                  .containsExactly(
                      "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
              assertThat(j)
                  .extractingPath("$[*].jumlah")
                  .asArray()
                  .containsExactly(1, 2, 2, 1, 2, 2);
            });
    assertThat(mvc.get().uri("/gerai/{g}/anggota", sekayu).with(petugas))
        .hasStatusOk()
        .bodyText()
        .contains("data-jumlah=\"0,0,0,0,0,0,1,2,2,1,2,2\"", "Lama", "Nonaktif");
  }

  @Test
  void theMemberPageRegistersThroughAForm() {
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/anggota", sekayu)
                .with(petugas)
                .with(csrf())
                .param("nama", "Dewi Lestari")
                .param("telepon", "0812-111-2222")
                .param("peran", "NARASUMBER"))
        .hasStatus3xxRedirection();
    assertThat(
            mvc.post()
                .uri("/gerai/{g}/anggota", sekayu)
                .with(petugas)
                .with(csrf())
                .param("nama", "Salah")
                .param("telepon", "12"))
        .hasStatusOk()
        .bodyText()
        .contains("Nomor telepon tidak sah");
    assertThat(mvc.get().uri("/gerai/{g}/anggota?lang=en", sekayu).with(petugas))
        .bodyText()
        .contains("Dewi Lestari", "Resource person", "Members by month");
  }
}

package id.gerai.koperasi;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Registering and editing a cooperative through the form and the API: field errors, warn-only
 * numbers, the kelurahan inside the area tree and the caller's scope, the guards of the aggregate,
 * verification, and the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiRegisterTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void staffRegisterThroughTheFormAndSeeTheWarningsOnItsPage() {
    String nama = KoperasiFixture.unik("KSP Sejahtera");
    MvcTestResult r =
        mvc.post()
            .uri("/koperasi/baru")
            .with(stafKota())
            .with(csrf())
            .param("nama", nama)
            .param("nomorBadanHukum", "nomor lama tanpa pola")
            .param("nomorIndukKoperasi", "3374 0100 1000 1234")
            .param("jenis", "SIMPAN_PINJAM")
            .param("kelompok", "KSP")
            .param("bentuk", "PRIMER")
            .param("kelurahan", KoperasiFixture.SEKAYU)
            .param("program", "Koperasi Kelurahan Merah Putih, Binaan")
            .param("jumlahKaryawan", "4")
            .exchange();
    assertThat(r).hasStatus(HttpStatus.FOUND);
    long id = idDari(r.getResponse().getRedirectedUrl());
    assertThat(new KoperasiFixture(jdbc).kolom(id, "nomor_induk_koperasi"))
        .isEqualTo("3374010010001234");
    assertThat(new KoperasiFixture(jdbc).kolom(id, "status_verifikasi")).isEqualTo("TERVERIFIKASI");
    assertThat(r.getMvcResult().getFlashMap().get("peringatan"))
        .asList()
        .containsExactly("koperasi.peringatan.badan-hukum");
    assertThat(new KoperasiFixture(jdbc).jejak("BUAT", "koperasi", String.valueOf(id)))
        .isEqualTo(1);
    assertThat(mvc.get().uri("/koperasi/{id}", id).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(nama, "Koperasi Kelurahan Merah Putih", "Sekayu");
    assertThat(
            mvc.get()
                .uri("/koperasi?program={p}", "koperasi kelurahan merah putih")
                .with(stafKota()))
        .bodyText()
        .contains(nama);
  }

  @Test
  void missingFieldsAndAnUnknownKelurahanShowBesideTheirFields() {
    assertThat(
            mvc.post()
                .uri("/koperasi/baru")
                .with(stafKota())
                .with(csrf())
                .param("nama", "")
                .param("jenis", "SIMPAN_PINJAM")
                .param("kelompok", "KSP")
                .param("bentuk", "PRIMER")
                .param("kelurahan", "33.74.01.9999"))
        .hasStatusOk()
        .bodyText()
        .contains("Wajib diisi.");
    assertThat(
            mvc.post()
                .uri("/koperasi/baru")
                .with(stafKota())
                .with(csrf())
                .param("nama", KoperasiFixture.unik("Koperasi"))
                .param("jenis", "JASA")
                .param("kelompok", "LAINNYA")
                .param("bentuk", "PRIMER")
                .param("kelurahan", "33.74.01.9999"))
        .hasStatusOk()
        .bodyText()
        .contains("Pilih kelurahan yang ada di wilayah ini.");
  }

  /**
   * A phone without a date picker sends the date as typed, and a stale form an old choice: the form
   * comes back with a message beside the field and the rest of what was typed, never an error page.
   */
  @Test
  void aDateOrChoiceThatCannotBeReadShowsBesideItsFieldAndKeepsTheRest() {
    String nama = KoperasiFixture.unik("KSP Tanggal");
    assertThat(
            mvc.post()
                .uri("/koperasi/baru")
                .with(stafKota())
                .with(csrf())
                .param("nama", nama)
                .param("jenis", "SIMPAN_PINJAM")
                .param("kelompok", "KSP")
                .param("bentuk", "BENTUK_LAMA")
                .param("kelurahan", KoperasiFixture.SEKAYU)
                .param("tanggalBerdiri", "28/11/2020")
                .param("jumlahKaryawan", "empat")
                .param("program", "Binaan"))
        .hasStatusOk()
        .bodyText()
        .contains(nama, "Binaan", "28/11/2020", "Isi tanggal yang sah.", "Pilih dari daftar.");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM koperasi WHERE nama = ?")
                .param(nama)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/ubah", Long.MAX_VALUE)
                .with(stafKota())
                .with(csrf())
                .param("tanggalBerdiri", "28/11/2020"))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aKecamatanUserCannotRegisterOutsideTheirKecamatan() {
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi")
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01")))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(KoperasiFixture.unik("Koperasi"), KoperasiFixture.TANJUNG_MAS)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.kelurahan")
        .isEqualTo("Di luar cakupan Anda.");
  }

  @Test
  void theApiRegistersReadsAndEditsWithWarningsAndFieldProblems() {
    String nama = KoperasiFixture.unik("Koperasi Konsumen");
    MvcTestResult r =
        mvc.post()
            .uri("/api/v1/koperasi")
            .with(stafKota())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json(nama, KoperasiFixture.SEKAYU))
            .exchange();
    assertThat(r).hasStatus(HttpStatus.CREATED);
    assertThat(r).bodyJson().extractingPath("$.peringatan").asArray().isEmpty();
    long id = idDari(r.getResponse().getHeader("Location"));
    assertThat(mvc.get().uri("/api/v1/koperasi/{id}", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.data.nama")
        .isEqualTo(nama);
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}?versi=0", id)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(nama + " Baru", KoperasiFixture.PURWODINATAN)))
        .hasStatusOk();
    assertThat(
            mvc.put()
                .uri("/api/v1/koperasi/{id}?versi=0", id)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(nama, KoperasiFixture.SEKAYU)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat['']")
        .asString()
        .contains("diubah orang lain");
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi")
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nama\": \"\", \"jenis\": \"JASA\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.galat.nama")
        .isEqualTo("Wajib diisi.");
  }

  @Test
  void aDissolvedCooperativeChangesNoMoreAndOnlyASecondaryHasMemberCooperatives() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long id =
        data.koperasi(
            KoperasiFixture.unik("Koperasi"),
            KoperasiFixture.SEKAYU,
            null,
            null,
            BentukKoperasi.PRIMER);
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/anggota-koperasi", id)
                .with(stafKota())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nama\": \"KSP Lain\"}"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Hanya koperasi sekunder");
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/status?status=BUBAR", id)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(
            mvc.post()
                .uri("/api/v1/koperasi/{id}/status?status=AKTIF", id)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(data.kolom(id, "status")).isEqualTo("BUBAR");
    assertThat(data.jejak("UBAH_STATUS", "koperasi", String.valueOf(id))).isEqualTo(1);
  }

  @Test
  void peopleAndMembersAreKeptAndACooperativeOfficersChangeNeedsVerifying() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long akun = 950000L + (long) (Math.random() * 10000);
    long id =
        data.koperasi(
            KoperasiFixture.unik("Koperasi Sekunder"),
            KoperasiFixture.SEKAYU,
            null,
            akun,
            BentukKoperasi.SEKUNDER);
    var pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/pengurus", id)
                .with(pengurus)
                .with(csrf())
                .param("kedudukan", "PENGAWAS")
                .param("nama", "Siti Aminah")
                .param("jabatan", "Ketua Pengawas")
                .param("mulai", "2024-01-01")
                .param("selesai", "2028-12-31"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/anggota", id)
                .with(pengurus)
                .with(csrf())
                .param("tahun", "2025")
                .param("lakiLaki", "40")
                .param("perempuan", "62"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/anggota-koperasi", id)
                .with(pengurus)
                .with(csrf())
                .param("nama", "KSP Anggota Satu"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(data.kolom(id, "status_verifikasi")).isEqualTo("BELUM");
    assertThat(mvc.get().uri("/koperasi/{id}", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("Siti Aminah", "Ketua Pengawas", "102", "KSP Anggota Satu");
    MvcTestResult salah =
        mvc.post()
            .uri("/koperasi/{id}/pengurus", id)
            .with(pengurus)
            .with(csrf())
            .param("kedudukan", "PENGURUS")
            .param("nama", "Budi")
            .param("jabatan", "Ketua")
            .param("mulai", "2025-01-01")
            .param("selesai", "2024-01-01")
            .exchange();
    assertThat(salah.getMvcResult().getFlashMap().get("galat")).asList().hasSize(1);
    assertThat(mvc.post().uri("/koperasi/{id}/verifikasi", id).with(pengurus).with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.post().uri("/koperasi/{id}/verifikasi", id).with(stafKota()).with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(data.kolom(id, "status_verifikasi")).isEqualTo("TERVERIFIKASI");
  }

  @Test
  void aCooperativeOfficerEditsTheirOwnButKeepsItsGeraiAndItNeedsVerifyingAgain() {
    KoperasiFixture data = new KoperasiFixture(jdbc);
    long akun = 970000L + (long) (Math.random() * 10000);
    long gerai = 990000L + (long) (Math.random() * 10000);
    String nama = KoperasiFixture.unik("Koperasi Milik");
    long id = data.koperasi(nama, KoperasiFixture.SEKAYU, gerai, akun, BentukKoperasi.PRIMER);
    var pengurus = sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(akun));
    assertThat(mvc.get().uri("/koperasi/{id}/ubah", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains(nama)
        .doesNotContain("name=\"akunId\"");
    assertThat(
            mvc.post()
                .uri("/koperasi/{id}/ubah", id)
                .with(pengurus)
                .with(csrf())
                .param("nama", nama + " Baru")
                .param("jenis", "SIMPAN_PINJAM")
                .param("kelompok", "KSP")
                .param("bentuk", "PRIMER")
                .param("kelurahan", KoperasiFixture.PURWODINATAN)
                .param("akunId", "1"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(data.kolom(id, "nama")).isEqualTo(nama + " Baru");
    assertThat(data.kolom(id, "gerai_id")).isEqualTo(String.valueOf(gerai));
    assertThat(data.kolom(id, "akun_id")).isEqualTo(String.valueOf(akun));
    assertThat(data.kolom(id, "status_verifikasi")).isEqualTo("BELUM");
    assertThat(mvc.get().uri("/koperasi/{id}?lang=en", id).with(pengurus))
        .hasStatusOk()
        .bodyText()
        .contains("Not verified", "Savings and loan", "Officers and supervisors");
  }

  @Test
  void aCooperativeOfficerCannotRegisterOne() {
    assertThat(
            mvc.get()
                .uri("/koperasi/baru")
                .with(sebagai(Peran.PENGURUS_KOPERASI, Cakupan.milikSendiri(1))))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  static String json(String nama, String kelurahan) {
    return """
        {"nama": "%s", "nomorBadanHukum": "AHU-0001234.AH.01.26.TAHUN 2021",
         "nomorIndukKoperasi": "3374010010001234", "jenis": "KONSUMEN", "kelompok": "LAINNYA",
         "bentuk": "PRIMER", "kelurahan": "%s", "program": ["Koperasi Kelurahan Merah Putih"]}
        """
        .formatted(nama, kelurahan);
  }

  static long idDari(String url) {
    Matcher m = Pattern.compile("/koperasi/(\\d+)").matcher(url);
    assertThat(m.find()).as(url).isTrue();
    return Long.parseLong(m.group(1));
  }
}

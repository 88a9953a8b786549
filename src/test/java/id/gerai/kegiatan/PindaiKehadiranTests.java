package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The check-in page offers the in-page camera scanner in both languages; a code it reads goes
 * through the check-in form by htmx and answers with the result and the new count (no new page),
 * the typed code still checks in as before, and a caller outside the activity's scope checks nobody
 * in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PindaiKehadiranTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  KegiatanApi api;
  long kegiatan;

  @BeforeEach
  void siapkan() {
    api = new KegiatanApi(mvc);
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "PELATIHAN",
                KegiatanUji.unik("Pelatihan Pindai"),
                "2026-12-14T09:00",
                "2026-12-14T12:00",
                null,
                KegiatanUji.SEKAYU,
                2,
                null),
            stafKota());
  }

  @Test
  void thePageOffersTheCameraScanBesideTheCodeField() {
    assertThat(mvc.get().uri("/kegiatan/{k}/kehadiran", kegiatan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains(
            "id=\"pindai-mulai\"",
            "Pindai QR",
            "/js/pindai.js",
            "id=\"pindai-form\"",
            "hx-post=\"/kegiatan/" + kegiatan + "/kehadiran\"",
            "Peramban ini tidak bisa memindai dengan kamera",
            "Izin kamera ditolak",
            "id=\"kode\"")
        .doesNotContain("hx-swap-oob");
    assertThat(mvc.get().uri("/kegiatan/{k}/kehadiran?lang=en", kegiatan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Scan QR", "This browser cannot scan with the camera", "Close camera");
    // the script is our own file (the content policy allows no inline script) and needs no library
    assertThat(mvc.get().uri("/js/pindai.js"))
        .hasStatusOk()
        .bodyText()
        .contains("BarcodeDetector", "getUserMedia", "requestSubmit");
  }

  @Test
  void aScannedCodeChecksInAndAnswersWithTheResultAndTheCount() {
    String kode = kode(daftar("Joko Pindai"));
    // a scanner may read the whole link printed with the code; its last part is the code
    var hasil = pindai("https://gerai.example/kegiatan/hadir/" + kode, stafKota());
    assertThat(hasil)
        .hasStatusOk()
        .bodyText()
        .contains("Joko Pindai tercatat hadir.", "id=\"pindai-hasil\"")
        .contains("id=\"jumlah-hadir\"", "hx-swap-oob=\"true\"", "1 hadir dari 1 terdaftar")
        .doesNotContain("<html", "id=\"pindai-mulai\"");
    assertThat(hadir("Joko Pindai")).isTrue();

    assertThat(pindai(kode.toLowerCase(), stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Joko Pindai sudah tercatat hadir sebelumnya.", "1 hadir dari 1 terdaftar");
  }

  @Test
  void anUnknownOrWaitingCodeAnswersWithItsMessage() {
    daftar("Kartika Satu");
    daftar("Lestari Dua");
    long menunggu = daftar("Mira Tiga");
    assertThat(pindai("QQQQQQQQQQ", stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("class=\"galat\"", "QQQQQQQQQQ tidak dikenal di kegiatan ini", "0 hadir dari 2");
    assertThat(pindai(kode(menunggu), stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Mira Tiga masih di daftar tunggu.")
        .doesNotContain("Exception", "<html");
    assertThat(hadir("Mira Tiga")).isFalse();
  }

  @Test
  void theTypedCodeStillChecksInWithAPageReload() {
    String kode = kode(daftar("Nadia Ketik"));
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/kehadiran", kegiatan)
                .param("kode", kode)
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/kegiatan/" + kegiatan + "/kehadiran")
        .flash()
        .containsEntry("pesan", "kegiatan.kehadiran.tercatat")
        .containsEntry("namaHadir", "Nadia Ketik");
    assertThat(hadir("Nadia Ketik")).isTrue();
  }

  @Test
  void aCallerOutsideTheScopeChecksNobodyIn() {
    String kode = kode(daftar("Oki Luar"));
    RequestPostProcessor kecamatanLain =
        sebagai(Peran.STAF_DINAS, Cakupan.wilayah(KegiatanUji.TANJUNG_MAS.substring(0, 8)));
    assertThat(pindai(kode, kecamatanLain)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/kegiatan/{k}/kehadiran", kegiatan).with(kecamatanLain))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(hadir("Oki Luar")).isFalse();
  }

  /** What the in-page scanner sends: the code read, through the check-in form by htmx. */
  private MvcTestResult pindai(String kode, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/kegiatan/{k}/kehadiran", kegiatan)
        .header("HX-Request", "true")
        .param("kode", kode)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private long daftar(String nama) {
    var r =
        api.kirim(
            "POST",
            "/api/v1/kegiatan/" + kegiatan + "/peserta",
            "{\"nama\": \"" + nama + "\", \"telepon\": \"0812-3456-7890\"}",
            stafKota());
    assertThat(r).hasStatus(HttpStatus.CREATED);
    return KegiatanApi.id(r);
  }

  private String kode(long peserta) {
    return jdbc.sql("SELECT kode FROM peserta WHERE id = :id")
        .param("id", peserta)
        .query(String.class)
        .single();
  }

  private boolean hadir(String nama) {
    return jdbc.sql(
            "SELECT hadir_pada IS NOT NULL FROM peserta WHERE kegiatan_id = :k AND nama = :n")
        .param("k", kegiatan)
        .param("n", nama)
        .query(Boolean.class)
        .single();
  }
}

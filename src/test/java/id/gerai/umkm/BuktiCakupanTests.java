package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.berkas.BerkasUji;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scope on evidence: a gerai officer of another gerai and a business actor who is not the owner get
 * 404 and no bytes from the list, the page, the download and the API, and cannot upload, verify or
 * remove. A KTP opens only for Dinkop staff and the owner, and every opening is in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BuktiCakupanTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  BuktiUji uji;
  long foto;
  long ktp;

  @BeforeEach
  void siapkan() {
    uji = new BuktiUji(jdbc);
    foto = unggah("FOTO_USAHA", "rahasia-foto.png", BerkasUji.PNG, stafKota());
    ktp = unggah("KTP", "rahasia-ktp.jpg", BerkasUji.JPEG, uji.pemilik());
  }

  @Test
  void outsideTheScopeEverythingIsNotFoundAndNoBytesLeave() {
    for (RequestPostProcessor luar :
        List.of(
            uji.pengurusGeraiLain(),
            uji.pelakuLain(),
            sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02")))) {
      assertThat(mvc.get().uri("/umkm/{id}/bukti", uji.usaha).with(luar))
          .hasStatus(HttpStatus.NOT_FOUND)
          .bodyText()
          .doesNotContain("rahasia-foto", "rahasia-ktp");
      assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", uji.usaha).with(luar))
          .hasStatus(HttpStatus.NOT_FOUND)
          .bodyText()
          .doesNotContain("rahasia-foto", "rahasia-ktp");
      for (long b : List.of(foto, ktp)) {
        for (String uri : List.of("/umkm/bukti/{b}/berkas", "/api/v1/umkm/bukti/{b}/berkas")) {
          assertThat(mvc.get().uri(uri, b).with(luar))
              .hasStatus(HttpStatus.NOT_FOUND)
              .headers()
              .doesNotContainHeader("Content-Disposition");
        }
      }
    }
  }

  @Test
  void outsideTheScopeNothingCanBeWritten() {
    long jumlah = uji.jumlahBukti();
    RequestPostProcessor luar = uji.pelakuLain();
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("x.png", "image/png", BerkasUji.PNG))
                .param("jenis", "LAINNYA")
                .with(luar)
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/bukti/{b}/verifikasi", ktp)
                .with(uji.pengurusGeraiLain())
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.delete().uri("/api/v1/umkm/bukti/{b}", ktp).with(luar).with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(uji.jumlahBukti()).isEqualTo(jumlah);
    assertThat(uji.kolom(ktp, "status_verifikasi")).isEqualTo("BELUM");
    assertThat(uji.kolom(ktp, "dihapus_pada")).isNull();
  }

  @Test
  void theOwnGeraisOfficerSeesTheListButNotTheKtp() {
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", uji.usaha).with(uji.pengurusGerai()))
        .hasStatusOk()
        .bodyText()
        .contains("rahasia-foto", "rahasia-ktp");
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", foto).with(uji.pengurusGerai()))
        .hasStatusOk();
    long jejak = jejakKtp();
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", ktp).with(uji.pengurusGerai()))
        .hasStatus(HttpStatus.FORBIDDEN)
        .headers()
        .doesNotContainHeader("Content-Disposition");
    assertThat(mvc.get().uri("/umkm/{id}/bukti", uji.usaha).with(uji.pengurusGerai()))
        .bodyText()
        .contains("Data pribadi: hanya staf Dinkop dan pemilik")
        .doesNotContain("/umkm/bukti/" + ktp + "/berkas");
    RequestPostProcessor pendamping =
        sebagai(Peran.PENDAMPING, Cakupan.wilayah(UmkmFixture.SEKAYU));
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", ktp).with(pendamping))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(jejakKtp()).isEqualTo(jejak);
  }

  @Test
  void dinkopStaffAndTheOwnerOpenTheKtpAndEachOpeningIsInTheTrail() {
    long jejak = jejakKtp();
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", ktp).with(stafKota()))
        .hasStatusOk()
        .hasContentType("image/jpeg")
        .body()
        .isEqualTo(BerkasUji.JPEG);
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas?lihat=true", ktp).with(uji.pemilik()))
        .hasStatusOk()
        .hasHeader("X-Content-Type-Options", "nosniff")
        .body()
        .isEqualTo(BerkasUji.JPEG);
    assertThat(jejakKtp()).isEqualTo(jejak + 2);
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", foto).with(stafKota())).hasStatusOk();
    assertThat(jejakKtp()).isEqualTo(jejak + 2);
  }

  @Test
  void aMentorCannotUploadAKtp() {
    RequestPostProcessor pendamping =
        sebagai(Peran.PENDAMPING, Cakupan.wilayah(UmkmFixture.SEKAYU));
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("ktp.png", "image/png", BerkasUji.PNG))
                .param("jenis", "KTP")
                .with(pendamping)
                .with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  private long jejakKtp() {
    return new UmkmFixture(jdbc).jejak("LIHAT_DATA_PRIBADI", BuktiService.JENIS, ktp);
  }

  private long unggah(String jenis, String nama, byte[] isi, RequestPostProcessor siapa) {
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas(nama, "application/octet-stream", isi))
                .param("jenis", jenis)
                .with(siapa)
                .with(csrf()))
        .hasStatus(HttpStatus.CREATED);
    return uji.buktiTerakhir();
  }
}

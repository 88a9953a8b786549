package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.berkas.BerkasUji;
import id.gerai.shared.berkas.GudangBerkas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evidence through pages and the API: an upload is stored with its row and comes back with the type
 * its content is; a bad upload is a 400 in the user's language and writes nothing; a business
 * actor's evidence waits until an officer verifies it; a removal keeps the row and the trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BuktiUnggahTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired GudangBerkas gudang;

  BuktiUji uji;

  @BeforeEach
  void siapkan() {
    uji = new BuktiUji(jdbc);
  }

  @Test
  void aPhotoUploadedOnThePageIsListedAndServedAsThePictureItIs() {
    MockMultipartFile foto =
        BuktiUji.berkas("../../Warung Bu Sri.jpg", "image/jpeg", BerkasUji.PNG);
    assertThat(unggahHalaman(foto, "FOTO_USAHA", stafKota())).hasStatus(HttpStatus.FOUND);
    long id = uji.buktiTerakhir();
    assertThat(uji.kolom(id, "berkas_jenis")).isEqualTo("PNG");
    assertThat(uji.kolom(id, "berkas_nama_asli")).isEqualTo("Warung Bu Sri.jpg.png");
    assertThat(uji.kolom(id, "status_verifikasi")).isEqualTo("TERVERIFIKASI");

    assertThat(mvc.get().uri("/umkm/{id}/bukti", uji.usaha).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Foto usaha", "Warung Bu Sri.jpg.png", "Terverifikasi");
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas?lihat=true", id).with(stafKota()))
        .hasStatusOk()
        .hasContentType("image/png")
        .hasHeader("X-Content-Type-Options", "nosniff")
        .hasHeader("Content-Disposition", "inline; filename=\"Warung Bu Sri.jpg.png\"")
        .body()
        .isEqualTo(BerkasUji.PNG);
    assertThat(mvc.get().uri("/umkm/bukti/{b}/berkas", id).with(stafKota()))
        .hasHeader("Content-Disposition", "attachment; filename=\"Warung Bu Sri.jpg.png\"");
  }

  @Test
  void theApiUploadsListsAndDownloadsAPdfAsAnAttachment() {
    MvcTestResult hasil =
        mvc.post()
            .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
            .multipart()
            .file(BuktiUji.berkas("izin.pdf", "application/pdf", BerkasUji.PDF))
            .param("jenis", "LAINNYA")
            .param("keterangan", "Surat keterangan usaha")
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(hasil).hasStatus(HttpStatus.CREATED);
    long id = uji.buktiTerakhir();
    assertThat(hasil).bodyJson().extractingPath("$.id").asNumber().isEqualTo((int) id);

    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", uji.usaha).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].keterangan")
        .isEqualTo("Surat keterangan usaha");
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", id).with(stafKota()))
        .hasStatusOk()
        .hasContentType("application/pdf")
        .hasHeader("Content-Disposition", "attachment; filename=\"izin.pdf\"")
        .hasHeader("X-Content-Type-Options", "nosniff")
        .body()
        .isEqualTo(BerkasUji.PDF);
  }

  @Test
  void badUploadsAreA400InTheUsersLanguageAndWriteNothing() throws IOException {
    List<Path> sebelum = isiFolder();
    long bukti = uji.jumlahBukti();
    byte[] besar = BerkasUji.sebesar(BerkasUji.PNG, 5 * 1024 * 1024 + 1);

    assertThat(unggahHalaman(BuktiUji.berkas("a.jpg", "image/jpeg", besar), "LAINNYA", stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Berkas terlalu besar: paling besar 5 MB");
    assertThat(
            unggahHalaman(
                BuktiUji.berkas("foto.png", "image/png", BerkasUji.HTML), "LAINNYA", stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Jenis berkas tidak diterima", "PDF, JPEG, PNG, WEBP");
    assertThat(
            unggahHalaman(
                BuktiUji.berkas("foto.pdf", "image/jpeg", BerkasUji.PDF), "FOTO_USAHA", stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("JPEG, PNG, WEBP");
    assertThat(
            unggahHalaman(
                BuktiUji.berkas("kosong.png", "image/png", new byte[0]), "LAINNYA", stafKota()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyText()
        .contains("Berkas kosong");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti?lang=en", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("a.png", "image/png", BerkasUji.HTML))
                .param("jenis", "LAINNYA")
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .startsWith("This kind of file is not accepted");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("a.png", "image/png", BerkasUji.PNG))
                .param("jenis", "LEGALITAS")
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Pilih izin usaha ini yang dibuktikan.");

    assertThat(uji.jumlahBukti()).isEqualTo(bukti);
    assertThat(isiFolder()).containsExactlyInAnyOrderElementsOf(sebelum);
  }

  @Test
  void aBusinessActorsOwnEvidenceWaitsUntilAnOfficerVerifiesIt() {
    long jejakAwal = jejak("VERIFIKASI");
    MockMultipartFile foto = BuktiUji.berkas("toko.webp", "image/webp", BerkasUji.WEBP);
    assertThat(unggahHalaman(foto, "FOTO_USAHA", uji.pemilik())).hasStatus(HttpStatus.FOUND);
    long id = uji.buktiTerakhir();
    assertThat(uji.kolom(id, "status_verifikasi")).isEqualTo("BELUM");
    assertThat(uji.kolom(id, "diunggah_oleh")).isEqualTo("uji-pelaku_usaha");

    assertThat(
            mvc.post()
                .uri("/umkm/{id}/bukti/{b}/verifikasi", uji.usaha, id)
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/bukti/{b}/verifikasi", uji.usaha, id)
                .with(uji.pengurusGerai())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(uji.kolom(id, "status_verifikasi")).isEqualTo("TERVERIFIKASI");
    assertThat(uji.kolom(id, "diverifikasi_oleh")).isEqualTo("uji-pengurus_gerai");
    assertThat(jejak("VERIFIKASI")).isEqualTo(jejakAwal + 1);

    assertThat(
            mvc.post()
                .uri("/umkm/{id}/bukti/{b}/hapus", uji.usaha, id)
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aRemovalKeepsTheRowAndTheTrailAndTakesTheFileOffDisk() {
    MockMultipartFile foto = BuktiUji.berkas("salah.png", "image/png", BerkasUji.PNG);
    assertThat(unggahHalaman(foto, "LAINNYA", uji.pemilik())).hasStatus(HttpStatus.FOUND);
    long id = uji.buktiTerakhir();
    Path berkas = gudang.folder().resolve(uji.kolom(id, "berkas_nama"));
    assertThat(berkas).exists();

    assertThat(mvc.delete().uri("/api/v1/umkm/bukti/{b}", id).with(uji.pemilik()).with(csrf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(uji.kolom(id, "dihapus_oleh")).isEqualTo("uji-pelaku_usaha");
    assertThat(berkas).doesNotExist();
    assertThat(new UmkmFixture(jdbc).jejak("HAPUS", BuktiService.JENIS, id)).isEqualTo(1);
    assertThat(mvc.get().uri("/api/v1/umkm/bukti/{b}/berkas", id).with(stafKota()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/bukti", uji.usaha).with(stafKota()))
        .bodyText()
        .doesNotContain("salah.png");
  }

  @Test
  void permitAndMilestoneEvidenceAttachToTheirRowsAndShowThere() {
    long legalitas =
        jdbc.sql(
                "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, dicatat_oleh,"
                    + " dicatat_pada, versi) VALUES (:u, 'PIRT', 'PIRT-BUKTI-1', CURRENT_DATE, 'uji',"
                    + " CURRENT_TIMESTAMP, 0)")
            .param("u", uji.usaha)
            .update();
    long lid =
        jdbc.sql("SELECT MAX(id) FROM legalitas WHERE usaha_id = :u")
            .param("u", uji.usaha)
            .query(Long.class)
            .single();
    assertThat(legalitas).isEqualTo(1);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("pirt.pdf", "application/pdf", BerkasUji.PDF))
                .param("jenis", "LEGALITAS")
                .param("legalitasId", String.valueOf(lid))
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(uji.kolom(uji.buktiTerakhir(), "legalitas_id")).isEqualTo(String.valueOf(lid));
    assertThat(mvc.get().uri("/umkm/{id}/bukti?legalitas={l}", uji.usaha, lid).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("pirt.pdf", "PIRT-BUKTI-1");
    assertThat(mvc.get().uri("/umkm/{id}/legalitas", uji.usaha).with(stafKota()))
        .bodyText()
        .contains("/umkm/" + uji.usaha + "/bukti?legalitas=" + lid);
    assertThat(
            mvc.get()
                .uri("/umkm/{id}/bukti", uji.usaha)
                .header("HX-Request", "true")
                .with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("pirt.pdf")
        .doesNotContain("<html");
  }

  @Test
  void theBusinessAndMilestonePagesLeadToTheEvidence() {
    assertThat(mvc.get().uri("/umkm/{id}", uji.usaha).with(uji.pemilik()))
        .hasStatusOk()
        .bodyText()
        .contains("hx-get=\"/umkm/" + uji.usaha + "/bukti\"");
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/tonggak", uji.usaha)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    "{\"jenis\": \"NAIK_KELAS\", \"tanggal\": \"%s\"}"
                        .formatted(BinaanService.hariIni().minusDays(1)))
                .with(stafKota())
                .with(csrf()))
        .hasStatus(HttpStatus.CREATED);
    long tonggak =
        jdbc.sql("SELECT MAX(id) FROM tonggak WHERE usaha_id = :u")
            .param("u", uji.usaha)
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/umkm/{id}/tonggak", uji.usaha).with(uji.pemilik()))
        .bodyText()
        .contains("/umkm/" + uji.usaha + "/bukti?tonggak=" + tonggak);
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/bukti", uji.usaha)
                .multipart()
                .file(BuktiUji.berkas("nota.jpg", "image/jpeg", BerkasUji.JPEG))
                .param("jenis", "TONGGAK")
                .param("tonggakId", String.valueOf(tonggak))
                .with(uji.pemilik())
                .with(csrf()))
        .hasStatus(HttpStatus.CREATED);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/bukti?tonggak={t}", uji.usaha, tonggak)
                .with(uji.pemilik()))
        .bodyJson()
        .extractingPath("$[0].statusVerifikasi")
        .isEqualTo("BELUM");
    long id = uji.buktiTerakhir();
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/bukti/{b}/verifikasi", id)
                .with(uji.pengurusGerai())
                .with(csrf()))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(uji.kolom(id, "status_verifikasi")).isEqualTo("TERVERIFIKASI");
  }

  private MvcTestResult unggahHalaman(
      MockMultipartFile berkas, String jenis, RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/umkm/{id}/bukti", uji.usaha)
        .multipart()
        .file(berkas)
        .param("jenis", jenis)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  private long jejak(String aksi) {
    return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE aksi = :a AND jenis_rekaman = 'bukti'")
        .param("a", aksi)
        .query(Long.class)
        .single();
  }

  private List<Path> isiFolder() throws IOException {
    Path folder = gudang.folder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> isi = Files.list(folder)) {
      return isi.toList();
    }
  }
}

package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.TidakDitemukan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionTemplate;

/** The store checks content before writing, names files itself, and forgets rolled-back files. */
@SpringBootTest
@AutoConfigureMockMvc
class BerkasPenyimpananTests {

  @Autowired BerkasPenyimpanan penyimpanan;
  @Autowired TransactionTemplate tx;

  @Test
  void storesUnderAGeneratedNameWithSizeAndSha256() throws Exception {
    BerkasTersimpan b = penyimpanan.simpan(unggahan("../sk.pdf", PengurusUji.PDF));
    assertThat(b.namaSimpan()).matches("[0-9a-f-]{36}");
    assertThat(b.namaAsli()).isEqualTo("sk.pdf");
    assertThat(b.ukuran()).isEqualTo(PengurusUji.PDF.length);
    String sha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PengurusUji.PDF));
    assertThat(b.sha256()).isEqualTo(sha);
    assertThat(Files.readAllBytes(penyimpanan.folder().resolve(b.namaSimpan())))
        .isEqualTo(PengurusUji.PDF);
  }

  @Test
  void contentThatIsNotAPdfIsRefusedEvenWhenTheDeclaredSizeLies() throws IOException {
    long sebelum = jumlahBerkas();
    assertThatThrownBy(() -> penyimpanan.simpan(unggahan("a.pdf", PengurusUji.PNG)))
        .isInstanceOf(BerkasDitolak.class)
        .hasMessage("berkas.bukan-pdf");
    byte[] besar = new byte[5 * 1024 * 1024 + 10];
    System.arraycopy(PengurusUji.PDF, 0, besar, 0, PengurusUji.PDF.length);
    BerkasUnggahan bohong = new BerkasUnggahan("b.pdf", 10, new ByteArrayResource(besar));
    assertThatThrownBy(() -> penyimpanan.simpan(bohong))
        .isInstanceOf(BerkasDitolak.class)
        .hasMessage("berkas.terlalu-besar");
    assertThat(jumlahBerkas()).isEqualTo(sebelum);
  }

  @Test
  void aFileStoredInATransactionThatRollsBackIsRemoved() {
    BerkasTersimpan b =
        tx.execute(
            status -> {
              status.setRollbackOnly();
              return penyimpanan.simpan(unggahan("c.pdf", PengurusUji.PDF));
            });
    assertThat(penyimpanan.folder().resolve(b.namaSimpan())).doesNotExist();
  }

  @Test
  void onlyItsOwnNamesCanBeOpened() {
    assertThatThrownBy(() -> penyimpanan.buka("../../pom.xml")).isInstanceOf(TidakDitemukan.class);
    assertThatThrownBy(() -> penyimpanan.buka("00000000-0000-0000-0000-000000000000"))
        .isInstanceOf(TidakDitemukan.class);
  }

  private static BerkasUnggahan unggahan(String nama, byte[] isi) {
    return new BerkasUnggahan(nama, isi.length, new ByteArrayResource(isi));
  }

  private long jumlahBerkas() throws IOException {
    Path folder = penyimpanan.folder();
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var isi = Files.list(folder)) {
      return isi.count();
    }
  }
}

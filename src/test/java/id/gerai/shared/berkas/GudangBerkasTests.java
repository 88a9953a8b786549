package id.gerai.shared.berkas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.TidakDitemukan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The store checks content before keeping a file, names files itself, counts the real bytes,
 * forgets rolled-back files and removes replaced ones only after commit.
 */
@SpringBootTest
class GudangBerkasTests {

  static final AturanBerkas GAMBAR =
      AturanBerkas.dari(
          DataSize.ofKilobytes(1), JenisBerkas.JPEG, JenisBerkas.PNG, JenisBerkas.WEBP);
  static final AturanBerkas SEMUA =
      AturanBerkas.dari(
          DataSize.ofKilobytes(1),
          JenisBerkas.PDF,
          JenisBerkas.JPEG,
          JenisBerkas.PNG,
          JenisBerkas.WEBP);

  @Autowired GudangBerkas gudang;
  @Autowired TransactionTemplate tx;

  @Test
  void storesUnderAGeneratedNameWithSizeSha256AndKind() throws Exception {
    BerkasTersimpan b = gudang.simpan(unggahan("../foto.jpeg", BerkasUji.PNG), GAMBAR);
    assertThat(b.namaSimpan()).matches("[0-9a-f-]{36}");
    assertThat(b.namaAsli()).isEqualTo("foto.jpeg.png");
    assertThat(b.jenis()).isEqualTo(JenisBerkas.PNG);
    assertThat(b.ukuran()).isEqualTo(BerkasUji.PNG.length);
    String sha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BerkasUji.PNG));
    assertThat(b.sha256()).isEqualTo(sha);
    Path disimpan = gudang.folder().resolve(b.namaSimpan());
    assertThat(disimpan.getParent()).isEqualTo(gudang.folder());
    assertThat(Files.readAllBytes(disimpan)).isEqualTo(BerkasUji.PNG);
    BerkasUnduhan u = gudang.buka(b);
    assertThat(u.isi().getContentAsByteArray()).isEqualTo(BerkasUji.PNG);
    assertThat(u.jenis()).isEqualTo(JenisBerkas.PNG);
  }

  @Test
  void everyAcceptedKindIsStoredAndAKindTheUseRefusesIsNot() throws IOException {
    for (byte[] isi : List.of(BerkasUji.PDF, BerkasUji.PNG, BerkasUji.JPEG, BerkasUji.WEBP)) {
      assertThat(gudang.simpan(unggahan("x", isi), SEMUA).ukuran()).isEqualTo(isi.length);
    }
    List<Path> sebelum = isiFolder();
    assertThatThrownBy(() -> gudang.simpan(unggahan("foto.png", BerkasUji.PDF), GAMBAR))
        .isInstanceOf(BerkasDitolak.class)
        .hasMessage("berkas.jenis-salah")
        .satisfies(
            e -> assertThat(((BerkasDitolak) e).argumen()).containsExactly("JPEG, PNG, WEBP"));
    assertThatThrownBy(() -> gudang.simpan(unggahan("foto.png", BerkasUji.HTML), SEMUA))
        .hasMessage("berkas.jenis-salah");
    assertThatThrownBy(() -> gudang.simpan(unggahan("kosong.png", new byte[0]), SEMUA))
        .hasMessage("berkas.kosong");
    assertThatThrownBy(() -> gudang.simpan(null, SEMUA)).hasMessage("berkas.wajib");
    assertThat(isiFolder()).containsExactlyInAnyOrderElementsOf(sebelum);
  }

  @Test
  void exactlyAtTheLimitIsKeptOneByteMoreIsNotEvenWhenTheDeclaredSizeLies() throws IOException {
    byte[] pas = BerkasUji.sebesar(BerkasUji.PNG, 1024);
    assertThat(gudang.simpan(unggahan("pas.png", pas), GAMBAR).ukuran()).isEqualTo(1024);
    List<Path> sebelum = isiFolder();
    byte[] lebih = BerkasUji.sebesar(BerkasUji.PNG, 1025);
    assertThatThrownBy(() -> gudang.simpan(unggahan("lebih.png", lebih), GAMBAR))
        .isInstanceOf(BerkasDitolak.class)
        .hasMessage("berkas.terlalu-besar")
        .satisfies(e -> assertThat(((BerkasDitolak) e).argumen()).containsExactly("1 KB"));
    BerkasUnggahan bohong = new BerkasUnggahan("b.png", 10, new ByteArrayResource(lebih));
    assertThatThrownBy(() -> gudang.simpan(bohong, GAMBAR)).hasMessage("berkas.terlalu-besar");
    assertThat(isiFolder()).containsExactlyInAnyOrderElementsOf(sebelum);
  }

  @Test
  void aFileStoredInATransactionThatRollsBackIsRemoved() {
    BerkasTersimpan b =
        tx.execute(
            status -> {
              status.setRollbackOnly();
              return gudang.simpan(unggahan("c.pdf", BerkasUji.PDF), SEMUA);
            });
    assertThat(gudang.folder().resolve(b.namaSimpan())).doesNotExist();
  }

  @Test
  void aReplacedFileGoesOnlyWhenTheChangeCommits() {
    BerkasTersimpan lama = gudang.simpan(unggahan("lama.pdf", BerkasUji.PDF), SEMUA);
    Path p = gudang.folder().resolve(lama.namaSimpan());
    tx.executeWithoutResult(
        status -> {
          gudang.hapusSetelahCommit(lama.namaSimpan());
          status.setRollbackOnly();
        });
    assertThat(p).exists();
    tx.executeWithoutResult(
        status -> {
          gudang.hapusSetelahCommit(lama.namaSimpan());
          assertThat(p).exists();
        });
    assertThat(p).doesNotExist();
  }

  @Test
  void onlyItsOwnNamesCanBeOpenedAndAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> gudang.buka(tersimpan("../../pom.xml")))
        .isInstanceOf(TidakDitemukan.class);
    assertThatThrownBy(() -> gudang.buka(tersimpan("00000000-0000-0000-0000-000000000000")))
        .isInstanceOf(TidakDitemukan.class)
        .hasMessage("berkas.tidak-ada");
  }

  private static BerkasTersimpan tersimpan(String nama) {
    return new BerkasTersimpan(nama, "x.pdf", 1, "", JenisBerkas.PDF);
  }

  private static BerkasUnggahan unggahan(String nama, byte[] isi) {
    return new BerkasUnggahan(nama, isi.length, new ByteArrayResource(isi));
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

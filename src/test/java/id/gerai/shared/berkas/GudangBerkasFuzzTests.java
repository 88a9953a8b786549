package id.gerai.shared.berkas;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.gerai.shared.FuzzJaga;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

/**
 * An upload, any name and any bytes: {@link GudangBerkas#simpan} keeps it as the kind its first
 * bytes say, under a clean name with that kind's extension, or refuses it ({@link BerkasDitolak});
 * a refused upload leaves no file behind.
 */
class GudangBerkasFuzzTests {

  private static final AturanBerkas ATURAN =
      AturanBerkas.dari(
          DataSize.ofKilobytes(2), JenisBerkas.PDF, JenisBerkas.JPEG, JenisBerkas.PNG);

  private static final Set<String> TOLAKAN =
      Set.of("berkas.wajib", "berkas.kosong", "berkas.jenis-salah", "berkas.terlalu-besar");

  private static final Path folder = folderSementara();
  private static final GudangBerkas gudang =
      new GudangBerkas(new BerkasProperties(folder.toString()));

  /** The name the device sent, up to the first zero byte (UTF-8), then the content. */
  @FuzzTest(maxDuration = "60s")
  void simpan(byte[] data) {
    int nol = indeksNol(data);
    String nama = new String(data, 0, nol, StandardCharsets.UTF_8);
    byte[] isi = Arrays.copyOfRange(data, Math.min(nol + 1, data.length), data.length);
    Optional<JenisBerkas> jenis = JenisBerkas.kenali(Arrays.copyOf(isi, Math.min(isi.length, 12)));
    FuzzJaga.jalankan(
        16L << 20,
        TOLAKAN,
        () -> {
          BerkasTersimpan b =
              gudang.simpan(
                  new BerkasUnggahan(nama, isi.length, new ByteArrayResource(isi)), ATURAN);
          assertThat(jenis).contains(b.jenis());
          assertThat(b.ukuran()).isEqualTo(isi.length);
          assertThat(b.namaAsli())
              .matches("[A-Za-z0-9 ._()-]{1,120}")
              .endsWith("." + b.jenis().akhiran())
              .doesNotStartWith(".");
          try {
            assertThat(Files.readAllBytes(folder.resolve(b.namaSimpan()))).isEqualTo(isi);
            Files.delete(folder.resolve(b.namaSimpan()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    try (Stream<Path> sisa = Files.list(folder)) {
      assertThat(sisa).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indeksNol(byte[] data) {
    for (int i = 0; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return data.length;
  }

  private static Path folderSementara() {
    try {
      return Files.createTempDirectory("fuzz-berkas");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

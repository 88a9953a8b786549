package id.gerai.shared.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.gerai.shared.FuzzJaga;
import id.gerai.shared.MasukanTidakSah;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An uploaded register file, any bytes: {@link PembacaBerkas} streams its rows or refuses it with
 * one of its documented keys, in bounded time and allocation. CSV seeds are UTF-8 and Windows-1252
 * with {@code ,} and {@code ;}; XLSX seeds are the import templates (entries stored, so the fuzzer
 * reaches the XML), a truncated workbook and a small zip bomb.
 */
class PembacaBerkasFuzzTests {

  private static final Set<String> TOLAKAN =
      Set.of("impor.berkas.rusak", "impor.berkas.kosong", "impor.berkas.terlalu-besar");

  /** A few KB of input may cost some MB while POI opens a package; never hundreds. */
  private static final long ALOKASI_MAKS = 256L << 20;

  /** Rows a reader may hand on for one input of at most a few KB: Excel's sheet height. */
  private static final long BARIS_MAKS = 1_048_576;

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] data) {
    baca(data, false);
  }

  @FuzzTest(maxDuration = "60s")
  void xlsx(byte[] data) {
    baca(data, true);
  }

  /** The findings, kept as seeds, with the answer each must now give. */
  @Test
  void temuanXlsxDitolakSebagaiBerkasRusak() {
    for (String temuan : List.of("baris-jauh", "sel-tanpa-kolom", "kolom-jauh-positif")) {
      Path p = benih(temuan);
      assertThatThrownBy(() -> PembacaBerkas.baca(p, true, b -> {}))
          .as(temuan)
          .isInstanceOf(MasukanTidakSah.class)
          .hasMessage("impor.berkas.rusak");
    }
  }

  @Test
  void temuanXlsxSelTanpaRujukanDibacaBerurutan() {
    List<List<String>> baris = new ArrayList<>();
    PembacaBerkas.baca(benih("sel-tanpa-rujukan"), true, baris::add);
    assertThat(baris)
        .containsExactly(List.of("Nama Usaha", "Omzet"), List.of("Warung Contoh", "150000000"));
  }

  private static Path benih(String nama) {
    try {
      return Path.of(
          PembacaBerkasFuzzTests.class
              .getResource("PembacaBerkasFuzzTestsInputs/xlsx/" + nama + ".xlsx")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void baca(byte[] data, boolean xlsx) {
    Path berkas = tulis(data, xlsx);
    try {
      long[] baris = new long[1];
      long[] sel = new long[1];
      FuzzJaga.jalankan(
          ALOKASI_MAKS,
          TOLAKAN,
          () ->
              PembacaBerkas.baca(
                  berkas,
                  xlsx,
                  xlsx && data.length % 2 == 0,
                  (List<String> b) -> {
                    baris[0]++;
                    sel[0] += b.size();
                  }));
      assertThat(baris[0]).isLessThanOrEqualTo(BARIS_MAKS);
      if (!xlsx) {
        assertThat(sel[0]).isLessThanOrEqualTo(data.length + 1L);
      }
    } finally {
      hapus(berkas);
    }
  }

  private static Path tulis(byte[] data, boolean xlsx) {
    try {
      Path p = Files.createTempFile("fuzz-impor", xlsx ? ".xlsx" : ".csv");
      return Files.write(p, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void hapus(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

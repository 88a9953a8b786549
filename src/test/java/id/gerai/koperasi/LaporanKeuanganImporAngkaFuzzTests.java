package id.gerai.koperasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.gerai.shared.FuzzJaga;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An amount cell of a statements import, any text: {@link LaporanKeuanganImporAngka} reads it or
 * says it is no number, and whatever it reads then passes {@link LaporanKeuanganPeriksa} or is
 * refused there; an amount both accept fits the NUMERIC(18, 2) columns, so saving it cannot fail.
 */
class LaporanKeuanganImporAngkaFuzzTests {

  private static final List<LaporanKeuanganPos> POS = List.of(LaporanKeuanganPos.values());

  /** First byte chooses the line of the statement, the rest is the cell (UTF-8). */
  @FuzzTest(maxDuration = "60s")
  void baca(byte[] data) {
    LaporanKeuanganPos pos = POS.get(data.length == 0 ? 0 : (data[0] & 0xFF) % POS.size());
    String teks =
        new String(
            data, Math.min(1, data.length), Math.max(0, data.length - 1), StandardCharsets.UTF_8);
    FuzzJaga.jalankan(16L << 20, Set.of(), () -> periksa(pos, teks));
  }

  private static void periksa(LaporanKeuanganPos pos, String teks) {
    Optional<BigDecimal> v = LaporanKeuanganImporAngka.baca(teks);
    if (v.isEmpty()) {
      return;
    }
    Map<String, BigDecimal> angka = new HashMap<>();
    angka.put(pos.kode(), v.get());
    boolean ditolak =
        LaporanKeuanganPeriksa.periksa(angka).stream().anyMatch(g -> g.pos().equals(pos.kode()));
    if (!ditolak) {
      BigDecimal x = v.get();
      assertThat(x.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      assertThat(x.abs().setScale(0, RoundingMode.DOWN).precision()).isLessThanOrEqualTo(16);
    }
  }
}

package id.gerai.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.gerai.shared.FuzzJaga;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An area code typed into a form or a URL, any text: {@link KodeWilayah#periksa} gives a code of
 * the Kemendagri shape, whose parents are codes too, or refuses it with its one key.
 */
class KodeWilayahFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void periksa(byte[] data) {
    String kode = new String(data, StandardCharsets.UTF_8);
    FuzzJaga.jalankan(
        16L << 20,
        Set.of("wilayah.kode.tidak-sah"),
        () -> {
          String k = KodeWilayah.periksa(kode);
          assertThat(k).isEqualTo(kode.trim());
          for (String induk = KodeWilayah.induk(k);
              induk != null;
              induk = KodeWilayah.induk(induk)) {
            assertThat(KodeWilayah.sah(induk)).isTrue();
          }
        });
  }
}

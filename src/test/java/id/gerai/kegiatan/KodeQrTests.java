package id.gerai.kegiatan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.QRCodeReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Check-in codes: readable back from their QR code, tidied when typed or scanned, unique enough.
 */
class KodeQrTests {

  @Test
  void everyNewCodesQrCodeReadsBackAsTheCode() throws Exception {
    for (int i = 0; i < 500; i++) {
      String kode = KodeQr.baru();
      assertThat(baca(kode, 4)).isEqualTo(kode);
      assertThat(baca(kode, 6)).isEqualTo(kode);
    }
    assertThat(KodeQr.svg("ABCD2345XY"))
        .startsWith("<svg")
        .contains("viewBox=\"0 0 ")
        .endsWith("</svg>");
  }

  /**
   * Codes a reader's finder misses at every size (found among random codes): the check refuses
   * them, so a new code is never one of them; an ordinary code passes.
   */
  @Test
  void codesWhoseQrCodeAReaderMissesAreNeverIssued() {
    assertThat(KodeQr.terbaca("PJBXFESS2B")).isFalse();
    assertThat(KodeQr.terbaca("9JW4UFGKEE")).isFalse();
    assertThat(KodeQr.terbaca("KSJQ9NRQWH")).as("missed at 2 and 4 pixels a module only").isFalse();
    assertThat(KodeQr.terbaca("ABCD2345XY")).isTrue();
  }

  private static String baca(String kode, int skala) throws Exception {
    return new QRCodeReader().decode(KodeQr.gambar(KodeQr.matriks(kode), skala)).getText();
  }

  @Test
  void codesAreTidiedAndHaveNoLookAlikes() {
    assertThat(KodeQr.rapikan("  abcd2345xy ")).isEqualTo("ABCD2345XY");
    assertThat(KodeQr.rapikan("https://gerai.example/k?kode=abcd2345xy")).isEqualTo("ABCD2345XY");
    assertThat(KodeQr.rapikan("   ")).isNull();
    assertThat(KodeQr.rapikan(null)).isNull();
    Set<String> semua = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String k = KodeQr.baru();
      assertThat(k).hasSize(10).doesNotContainPattern("[01OIL]");
      semua.add(k);
    }
    assertThat(semua).hasSize(2000);
  }
}

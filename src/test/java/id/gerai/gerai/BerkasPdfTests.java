package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A PDF is known by its content; the user's file name is cleaned and never a path. */
class BerkasPdfTests {

  @Test
  void aPdfIsKnownByItsMagicBytes() {
    assertThat(BerkasPdf.pdf(PengurusUji.PDF)).isTrue();
    assertThat(BerkasPdf.pdf("%PDF-".getBytes(StandardCharsets.US_ASCII))).isTrue();
  }

  @Test
  void aPngOrATextIsNotAPdfWhateverItsName() {
    assertThat(BerkasPdf.pdf(PengurusUji.PNG)).isFalse();
    assertThat(BerkasPdf.pdf("%PD".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(BerkasPdf.pdf(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(BerkasPdf.pdf(new byte[0])).isFalse();
  }

  @Test
  void folderPartsAndDotDotAreDropped() {
    assertThat(BerkasPdf.namaAman("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(BerkasPdf.namaAman("..\\..\\windows\\sk.pdf")).isEqualTo("sk.pdf");
    assertThat(BerkasPdf.namaAman("..")).isEqualTo("surat-keputusan.pdf");
    assertThat(BerkasPdf.namaAman("a..b.pdf")).isEqualTo("a.b.pdf");
  }

  @Test
  void unsafeCharactersAreReplacedAndTheNameEndsInPdf() {
    assertThat(BerkasPdf.namaAman("SK Lurah \"Sekayu\";\r\n.PDF"))
        .isEqualTo("SK Lurah _Sekayu.pdf");
    assertThat(BerkasPdf.namaAman("Keputusan Wali Kota 518/1255")).isEqualTo("1255.pdf");
    assertThat(BerkasPdf.namaAman("Pengurus Gerai Pékunden"))
        .isEqualTo("Pengurus Gerai Pekunden.pdf");
    assertThat(BerkasPdf.namaAman(null)).isEqualTo("surat-keputusan.pdf");
    assertThat(BerkasPdf.namaAman("x".repeat(500) + ".pdf")).hasSize(120).endsWith(".pdf");
  }
}

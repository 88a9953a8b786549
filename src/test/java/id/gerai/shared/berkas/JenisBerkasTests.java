package id.gerai.shared.berkas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A kind is known by its first bytes only; names are cleaned and end in the real kind. */
class JenisBerkasTests {

  @Test
  void eachKindIsKnownByItsMagicBytes() {
    assertThat(JenisBerkas.kenali(BerkasUji.PDF)).contains(JenisBerkas.PDF);
    assertThat(JenisBerkas.kenali(BerkasUji.PNG)).contains(JenisBerkas.PNG);
    assertThat(JenisBerkas.kenali(BerkasUji.JPEG)).contains(JenisBerkas.JPEG);
    assertThat(JenisBerkas.kenali(BerkasUji.WEBP)).contains(JenisBerkas.WEBP);
  }

  @Test
  void nearMissesAndOtherContentAreNothing() {
    assertThat(JenisBerkas.kenali(ascii("%PD"))).isEmpty();
    assertThat(JenisBerkas.kenali(ascii(" %PDF-1.4"))).isEmpty();
    assertThat(JenisBerkas.kenali(ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
    assertThat(JenisBerkas.kenali(BerkasUji.HTML)).isEmpty();
    assertThat(JenisBerkas.kenali(new byte[0])).isEmpty();
    assertThat(JenisBerkas.kenali(null)).isEmpty();
  }

  @Test
  void aRuleNamesItsKindsAndLimitForPeople() {
    AturanBerkas a = AturanBerkas.dari(DataSize.ofMegabytes(5), JenisBerkas.PNG, JenisBerkas.PDF);
    assertThat(a.jenisTeks()).isEqualTo("PDF, PNG");
    assertThat(a.maksTeks()).isEqualTo("5 MB");
    assertThat(AturanBerkas.dari(DataSize.ofKilobytes(300), JenisBerkas.PDF).maksTeks())
        .isEqualTo("300 KB");
    assertThat(a.terima()).isEqualTo("application/pdf,.pdf,image/png,.png");
  }

  @Test
  void folderPartsAndDotDotAreDropped() {
    assertThat(NamaBerkas.aman("../../etc/passwd.pdf", JenisBerkas.PDF, "sk"))
        .isEqualTo("passwd.pdf");
    assertThat(NamaBerkas.aman("..\\..\\windows\\sk.pdf", JenisBerkas.PDF, "x"))
        .isEqualTo("sk.pdf");
    assertThat(NamaBerkas.aman("..", JenisBerkas.PDF, "surat-keputusan"))
        .isEqualTo("surat-keputusan.pdf");
    assertThat(NamaBerkas.aman("a..b.pdf", JenisBerkas.PDF, "x")).isEqualTo("a.b.pdf");
  }

  @Test
  void unsafeCharactersAreReplacedAndTheNameEndsInTheRealKind() {
    assertThat(NamaBerkas.aman("SK Lurah \"Sekayu\";\r\n.PDF", JenisBerkas.PDF, "x"))
        .isEqualTo("SK Lurah _Sekayu.pdf");
    assertThat(NamaBerkas.aman("Foto Pékunden.JPEG", JenisBerkas.JPEG, "x"))
        .isEqualTo("Foto Pekunden.jpg");
    assertThat(NamaBerkas.aman("ktp.pdf", JenisBerkas.PNG, "x")).isEqualTo("ktp.pdf.png");
    assertThat(NamaBerkas.aman(null, JenisBerkas.WEBP, "berkas")).isEqualTo("berkas.webp");
    assertThat(NamaBerkas.aman("x".repeat(500) + ".pdf", JenisBerkas.PDF, "x"))
        .hasSize(120)
        .endsWith(".pdf");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}

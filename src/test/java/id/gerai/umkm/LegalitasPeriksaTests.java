package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The checks on a permit before it is recorded (DOMAIN.md sections 4 and 7). */
class LegalitasPeriksaTests {

  static final LocalDate TERBIT = LocalDate.of(2024, 3, 1);

  @Test
  void anNibMustBeThirteenDigitsAndHasNoExpiry() {
    assertThat(periksa(LegalitasJenis.NIB, "1234567890123", null).sah()).isTrue();
    assertThat(periksa(LegalitasJenis.NIB, "1234 5678 9012 3", null).sah()).isTrue();
    assertThat(periksa(LegalitasJenis.NIB, "123456789012", null).galat())
        .containsEntry("nomor", "umkm.nib.tidak-sah");
    assertThat(periksa(LegalitasJenis.NIB, "12345678901AB", null).galat())
        .containsEntry("nomor", "umkm.nib.tidak-sah");
    assertThat(periksa(LegalitasJenis.NIB, "1234567890123", TERBIT.plusYears(1)).galat())
        .containsEntry("berlakuSampai", "umkm.legalitas.nib.tanpa-masa-berlaku");
    assertThat(LegalitasPeriksa.nomorRapi(LegalitasJenis.NIB, "1234-5678.90123"))
        .isEqualTo("1234567890123");
  }

  @Test
  void aShortPirtNumberOnlyWarns() {
    LegalitasPeriksa.Hasil pendek =
        periksa(LegalitasJenis.PIRT, "2063374010123", TERBIT.plusYears(5));
    assertThat(pendek.sah()).isTrue();
    assertThat(pendek.peringatan()).containsExactly("umkm.legalitas.pirt.pendek");
    assertThat(periksa(LegalitasJenis.PIRT, "2063374010123-25", TERBIT.plusYears(5)).peringatan())
        .isEmpty();
  }

  @Test
  void anSppIrtValidLongerThanFiveYearsWarns() {
    assertThat(periksa(LegalitasJenis.PIRT, "206337401012325", TERBIT.plusYears(5)).peringatan())
        .isEmpty();
    assertThat(
            periksa(LegalitasJenis.PIRT, "206337401012325", TERBIT.plusYears(5).plusDays(1))
                .peringatan())
        .containsExactly("umkm.legalitas.pirt.lebih-5-tahun");
    assertThat(periksa(LegalitasJenis.HALAL, "ID33110000123", TERBIT.plusYears(10)).peringatan())
        .isEmpty();
  }

  @Test
  void expiryBeforeIssueAndMissingFieldsAreErrors() {
    assertThat(periksa(LegalitasJenis.HALAL, "ID331", TERBIT.minusDays(1)).galat())
        .containsEntry("berlakuSampai", "umkm.legalitas.berlaku.sebelum-terbit");
    assertThat(periksa(LegalitasJenis.HALAL, "ID331", TERBIT).sah()).isTrue();
    LegalitasPeriksa.Hasil kosong =
        LegalitasPeriksa.periksa(new LegalitasBaru(null, " ", null, null));
    assertThat(kosong.galat())
        .containsOnlyKeys("jenis", "nomor", "tanggalTerbit")
        .containsEntry("nomor", "umkm.legalitas.nomor.wajib");
    assertThat(periksa(LegalitasJenis.MEREK, "x".repeat(101), null).galat())
        .containsEntry("nomor", "umkm.legalitas.nomor.panjang");
  }

  private static LegalitasPeriksa.Hasil periksa(LegalitasJenis j, String nomor, LocalDate sampai) {
    return LegalitasPeriksa.periksa(new LegalitasBaru(j, nomor, TERBIT, sampai));
  }
}

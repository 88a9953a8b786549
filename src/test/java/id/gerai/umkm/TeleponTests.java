package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeleponTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "081234567890, +6281234567890",
    "6281234567890, +6281234567890",
    "+6281234567890, +6281234567890",
    "'0812-3456-7890', +6281234567890",
    "'0812 3456 7890', +6281234567890",
    "'(0812) 3456.7890', +6281234567890",
    "'+62 812-3456-789', +628123456789",
    "0812345678, +62812345678",
    "0857123456789, +62857123456789",
  })
  void normalisesAMobileNumberToPlus62(String masukan, String hasil) {
    assertThat(Telepon.periksa(masukan).galat()).isEmpty();
    assertThat(Telepon.periksa(masukan).peringatan()).isEmpty();
    assertThat(Telepon.normalkan(masukan)).contains(hasil);
  }

  @ParameterizedTest(name = "{0}: galat {1}, peringatan {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "081234567, -, umkm.telepon.panjang-tidak-biasa",
        "08123456789012, -, umkm.telepon.panjang-tidak-biasa",
        "0812345, umkm.telepon.panjang-mustahil, -",
        "081234567890123, umkm.telepon.panjang-mustahil, -",
        "0812-345A-789, umkm.telepon.bukan-angka, -",
        "'', umkm.telepon.bukan-angka, -",
        "-, umkm.telepon.bukan-angka, -",
        "0247654321, umkm.telepon.bukan-seluler, -",
        "0801234567, umkm.telepon.bukan-seluler, -",
        "+12025550123, umkm.telepon.bukan-seluler, -",
        "81234567890, umkm.telepon.bukan-seluler, -",
        "'0812+34567890', umkm.telepon.bukan-angka, -",
      })
  void flagsErrorsAndUnusualLengths(String masukan, String galat, String peringatan) {
    HasilPeriksa hasil = Telepon.periksa(masukan);

    assertThat(hasil.galat()).isEqualTo(NikTests.daftar(galat));
    assertThat(hasil.peringatan()).isEqualTo(NikTests.daftar(peringatan));
    assertThat(Telepon.normalkan(masukan).isPresent()).isEqualTo(galat == null);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "+6281234567890, +62812****7890",
        "081234567890, +62812****7890",
        "0812345678, +62812**5678",
        "'', ''",
        "-, -",
        "12, ****",
      })
  void masksAllButCountryCodeFirstThreeAndLastFour(String masukan, String samaran) {
    assertThat(Telepon.samarkan(masukan)).isEqualTo(samaran);
  }
}

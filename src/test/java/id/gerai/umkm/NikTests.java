package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTests {

  static final LocalDate HARI_INI = LocalDate.of(2025, 6, 1);

  /** Jawa Tengah and DKI exist; Kota Semarang with two of its kecamatan. */
  static final Nik.Wilayah WILAYAH =
      new Nik.Wilayah() {
        @Override
        public boolean adaProvinsi(String kode) {
          return Set.of("33", "31").contains(kode);
        }

        @Override
        public boolean adaKabupaten(String kode) {
          return Set.of("33.74").contains(kode);
        }

        @Override
        public boolean adaKecamatan(String kode) {
          return Set.of("33.74.09", "33.74.10").contains(kode);
        }
      };

  @ParameterizedTest(name = "{0}: galat {1}, peringatan {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "3374091201850001, -, -",
        "3374095201850001, -, -",
        "3374094101850001, -, -",
        "3374 0912 0185 0001, -, -",
        "3374092902960001, -, -",
        "3374096902000001, -, -",
        "3374101201300001, -, -",
        "3374092902970001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374092902010001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374093102990001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374097102990001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374090001850001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374094001850001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374097201850001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374091213850001, umkm.nik.tanggal-lahir-tidak-sah, -",
        "3374091201850000, umkm.nik.nomor-urut-tidak-sah, -",
        "9974091201850001, umkm.nik.provinsi-tidak-ada, -",
        "3374991201850001, -, umkm.nik.kecamatan-tidak-dikenal",
        "3399091201850001, -, umkm.nik.kabupaten-tidak-dikenal",
        "3174091201850001, -, umkm.nik.kabupaten-tidak-dikenal",
        "33740912018500A1, umkm.nik.bukan-angka, -",
        "337409120185000, umkm.nik.panjang, -",
        "33740912018500011, umkm.nik.panjang, -",
        "'', umkm.nik.bukan-angka, -",
      })
  void checksEveryPartOfTheNik(String nik, String galat, String peringatan) {
    HasilPeriksa hasil = Nik.periksa(nik, WILAYAH, HARI_INI);

    assertThat(hasil.galat()).isEqualTo(daftar(galat));
    assertThat(hasil.peringatan()).isEqualTo(daftar(peringatan));
    assertThat(hasil.sah()).isEqualTo(galat == null);
  }

  @ParameterizedTest(name = "{0} is {1}, born {2}")
  @CsvSource({
    "3374091201850001, L, 1985-01-12",
    "3374095201850001, P, 1985-01-12",
    "3374094101850001, P, 1985-01-01",
    "3374096902000001, P, 2000-02-29",
    "3374092902960001, L, 1996-02-29",
    "3374091201100001, L, 2010-01-12",
    "3374091201300001, L, 1930-01-12",
  })
  void derivesSexAndBirthDate(String nik, Nik.JenisKelamin jenisKelamin, LocalDate lahir) {
    assertThat(Nik.jenisKelamin(nik, HARI_INI)).contains(jenisKelamin);
    assertThat(Nik.tanggalLahir(nik, HARI_INI)).contains(lahir);
  }

  @Test
  void anInvalidBirthDateGivesNoSexAndNoDate() {
    assertThat(Nik.jenisKelamin("3374093102990001", HARI_INI)).isEmpty();
    assertThat(Nik.tanggalLahir("3374093102990001", HARI_INI)).isEmpty();
    assertThat(Nik.tanggalLahir("33740912018500A1", HARI_INI)).isEmpty();
  }

  @Test
  void aDateAfterTodayInBothCenturiesIsInvalid() {
    // 29-02-(19)00 does not exist and 29-02-2000 is checked as of 1999.
    assertThat(Nik.periksa("3374092902000001", WILAYAH, LocalDate.of(1999, 1, 1)).galat())
        .containsExactly("umkm.nik.tanggal-lahir-tidak-sah");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "3374091201850001, 3374********0001",
        "3374095201850001, 3374********0001",
        "12345678, ****",
        "-, -"
      })
  void masksAllButTheFirstAndLastFourDigits(String nik, String samaran) {
    assertThat(Nik.samarkan(nik)).isEqualTo(samaran);
  }

  static List<String> daftar(String kunci) {
    return kunci == null ? List.of() : List.of(kunci.split("\\|"));
  }
}

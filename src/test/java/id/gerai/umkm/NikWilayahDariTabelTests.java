package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The NIK check against the loaded Kemendagri area tree. */
@SpringBootTest
class NikWilayahDariTabelTests {

  @Autowired NikWilayahDariTabel wilayah;

  @Test
  void aSemarangNikFromTembalangIsValid() {
    HasilPeriksa hasil = Nik.periksa("3374101201850001", wilayah, NikTests.HARI_INI);

    assertThat(hasil.sah()).isTrue();
    assertThat(hasil.peringatan()).isEmpty();
  }

  @Test
  void anUnknownKecamatanIsAWarningAndAnUnknownProvinceAnError() {
    assertThat(Nik.periksa("3374991201850001", wilayah, NikTests.HARI_INI))
        .isEqualTo(
            new HasilPeriksa(
                java.util.List.of(), java.util.List.of("umkm.nik.kecamatan-tidak-dikenal")));
    assertThat(Nik.periksa("9974101201850001", wilayah, NikTests.HARI_INI).galat())
        .containsExactly("umkm.nik.provinsi-tidak-ada");
  }
}

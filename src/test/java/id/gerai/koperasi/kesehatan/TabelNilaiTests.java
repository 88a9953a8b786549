package id.gerai.koperasi.kesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each scoring table of the shipped rubric at its edges, as DOMAIN.md 2d prints them. */
class TabelNilaiTests {

  private final Rubrik rubrik = RubrikUji.perdep06();

  @ParameterizedTest(name = "{0} at {1}% → {2}")
  @CsvSource({
    "ms_aset, -5, 25",
    "ms_aset, 20, 25",
    "ms_aset, 20.01, 50",
    "ms_aset, 40, 50",
    "ms_aset, 40.01, 100",
    "ms_aset, 60, 100",
    "ms_aset, 60.01, 50",
    "ms_aset, 80, 50",
    "ms_aset, 80.01, 25",
    "ms_aset, 100, 25",
    "ms_pinjaman_berisiko, 0, 0",
    "ms_pinjaman_berisiko, 0.01, 10",
    "ms_pinjaman_berisiko, 10, 10",
    "ms_pinjaman_berisiko, 10.01, 20",
    "ms_pinjaman_berisiko, 90, 90",
    "ms_pinjaman_berisiko, 90.01, 100",
    "ms_pinjaman_berisiko, 250, 100",
    "car, 4, 0",
    "car, 4.01, 50",
    "car, 6, 50",
    "car, 6.01, 75",
    "car, 8, 75",
    "car, 8.01, 100",
    "pinjaman_anggota, 25, 0",
    "pinjaman_anggota, 25.01, 50",
    "pinjaman_anggota, 50, 50",
    "pinjaman_anggota, 50.01, 75",
    "pinjaman_anggota, 75, 75",
    "pinjaman_anggota, 75.01, 100",
    "rpm_pinjaman, 0, 100",
    "rpm_pinjaman, 0.01, 80",
    "rpm_pinjaman, 10, 80",
    "rpm_pinjaman, 10.01, 60",
    "rpm_pinjaman, 20, 60",
    "rpm_pinjaman, 20.01, 40",
    "rpm_pinjaman, 30, 40",
    "rpm_pinjaman, 30.01, 20",
    "rpm_pinjaman, 40, 20",
    "rpm_pinjaman, 40.01, 10",
    "rpm_pinjaman, 45, 10",
    "rpm_pinjaman, 45.01, 0",
    "cadangan_rpm, 0, 0",
    "cadangan_rpm, 0.01, 10",
    "cadangan_rpm, 50, 50",
    "cadangan_rpm, 50.01, 60",
    "cadangan_rpm, 100, 100",
    "pinjaman_berisiko, 20.99, 100",
    "pinjaman_berisiko, 21, 75",
    "pinjaman_berisiko, 26, 75",
    "pinjaman_berisiko, 26.01, 50",
    "pinjaman_berisiko, 30, 50",
    "pinjaman_berisiko, 30.01, 25",
    "beban_operasi_partisipasi, 89.99, 100",
    "beban_operasi_partisipasi, 90, 75",
    "beban_operasi_partisipasi, 94.99, 75",
    "beban_operasi_partisipasi, 95, 50",
    "beban_operasi_partisipasi, 99.99, 50",
    "beban_operasi_partisipasi, 100, 25",
    "beban_usaha_shu, 40, 100",
    "beban_usaha_shu, 40.01, 75",
    "beban_usaha_shu, 60, 75",
    "beban_usaha_shu, 60.01, 50",
    "beban_usaha_shu, 80, 50",
    "beban_usaha_shu, 80.01, 25",
    "efisiensi_pelayanan, 5, 100",
    "efisiensi_pelayanan, 5.01, 75",
    "efisiensi_pelayanan, 10, 75",
    "efisiensi_pelayanan, 10.01, 50",
    "efisiensi_pelayanan, 15, 50",
    "efisiensi_pelayanan, 15.01, 0",
    "rasio_kas, 10, 25",
    "rasio_kas, 10.01, 100",
    "rasio_kas, 15, 100",
    "rasio_kas, 15.01, 50",
    "rasio_kas, 20, 50",
    "rasio_kas, 20.01, 25",
    "pinjaman_dana, 59.99, 25",
    "pinjaman_dana, 60, 50",
    "pinjaman_dana, 69.99, 50",
    "pinjaman_dana, 70, 75",
    "pinjaman_dana, 79.99, 75",
    "pinjaman_dana, 80, 100",
    "pinjaman_dana, 90, 100",
    "rentabilitas_aset, 4.99, 25",
    "rentabilitas_aset, 5, 50",
    "rentabilitas_aset, 7.49, 50",
    "rentabilitas_aset, 7.5, 75",
    "rentabilitas_aset, 9.99, 75",
    "rentabilitas_aset, 10, 100",
    "rentabilitas_modal_sendiri, 2.99, 25",
    "rentabilitas_modal_sendiri, 3, 50",
    "rentabilitas_modal_sendiri, 3.99, 50",
    "rentabilitas_modal_sendiri, 4, 75",
    "rentabilitas_modal_sendiri, 4.99, 75",
    "rentabilitas_modal_sendiri, 5, 100",
    "kemandirian_operasional, 100, 0",
    "kemandirian_operasional, 100.01, 100",
    "partisipasi_bruto, 24.99, 25",
    "partisipasi_bruto, 25, 50",
    "partisipasi_bruto, 49.99, 50",
    "partisipasi_bruto, 50, 75",
    "partisipasi_bruto, 74.99, 75",
    "partisipasi_bruto, 75, 100",
    "pea, 4.99, 0",
    "pea, 5, 50",
    "pea, 7.49, 50",
    "pea, 7.5, 75",
    "pea, 9.99, 75",
    "pea, 10, 100"
  })
  void tableEdges(String kode, String rasio, String nilai) {
    Komponen k =
        rubrik.aspek().stream()
            .flatMap(a -> a.komponen().stream())
            .filter(x -> x.kode().equals(kode))
            .findFirst()
            .orElseThrow();
    assertThat(MesinPenilaian.nilaiTabel(k, new BigDecimal(rasio))).isEqualByComparingTo(nilai);
  }
}

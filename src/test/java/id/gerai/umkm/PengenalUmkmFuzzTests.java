package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.gerai.shared.FuzzJaga;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/**
 * The identifiers a registration form or an import row carries, any text: the NIK, NIB and phone
 * checks of {@link UmkmPemeriksa} answer with a result (errors and warnings by key), never an
 * exception, and what they accept is in the stored form.
 */
class PengenalUmkmFuzzTests {

  private static final LocalDate HARI_INI = LocalDate.of(2026, 1, 15);

  /** Every area exists except those whose code has a 9 (so both answers are reached). */
  private static final Nik.Wilayah WILAYAH =
      new Nik.Wilayah() {
        @Override
        public boolean adaProvinsi(String kode) {
          return !kode.contains("9");
        }

        @Override
        public boolean adaKabupaten(String kode) {
          return !kode.contains("9");
        }

        @Override
        public boolean adaKecamatan(String kode) {
          return !kode.contains("9");
        }
      };

  @FuzzTest(maxDuration = "60s")
  void nik(byte[] data) {
    String nik = new String(data, StandardCharsets.UTF_8);
    FuzzJaga.jalankan(
        16L << 20,
        Set.of(),
        () -> {
          HasilPeriksa h = Nik.periksa(nik, WILAYAH, HARI_INI);
          assertThat(h.galat()).allMatch(k -> k.startsWith("umkm.nik."));
          if (h.sah()) {
            assertThat(Nik.rapikan(nik)).matches("[0-9]{16}");
            assertThat(Nik.tanggalLahir(nik, HARI_INI)).isPresent();
            assertThat(Nik.jenisKelamin(nik, HARI_INI)).isPresent();
          }
          if (nik.length() > 8) {
            assertThat(Nik.samarkan(nik)).hasSameSizeAs(nik).contains("*");
          }
        });
  }

  @FuzzTest(maxDuration = "60s")
  void nib(byte[] data) {
    String nib = new String(data, StandardCharsets.UTF_8);
    FuzzJaga.jalankan(
        16L << 20,
        Set.of(),
        () -> {
          HasilPeriksa h = Nib.periksa(nib);
          if (h.sah()) {
            assertThat(Nib.rapikan(nib)).matches("[0-9]{13}");
          } else {
            assertThat(h.galat()).containsExactly("umkm.nib.tidak-sah");
          }
        });
  }

  @FuzzTest(maxDuration = "60s")
  void telepon(byte[] data) {
    String telepon = new String(data, StandardCharsets.UTF_8);
    FuzzJaga.jalankan(
        16L << 20,
        Set.of(),
        () -> {
          HasilPeriksa h = Telepon.periksa(telepon);
          assertThat(h.galat()).allMatch(k -> k.startsWith("umkm.telepon."));
          assertThat(Telepon.normalkan(telepon).isPresent()).isEqualTo(h.sah());
          Telepon.normalkan(telepon)
              .ifPresent(n -> assertThat(n).matches("\\+628[1-9][0-9]{5,11}"));
          if (!telepon.isEmpty()) {
            // the masked number shows the country code, three digits and the last four at most
            assertThat(Telepon.samarkan(telepon).chars().filter(Character::isDigit).count())
                .isLessThanOrEqualTo(9);
          }
        });
  }
}

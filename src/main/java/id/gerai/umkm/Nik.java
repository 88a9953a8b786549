package id.gerai.umkm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: 16 digits, PP KK CC (province, kabupaten/kota, kecamatan of first
 * registration) DD MM YY (birth date, women's day +40) and a serial from 0001. The number is
 * personal data (UU 27/2022): show it only through {@link #samarkan}.
 */
public final class Nik {

  /** Which area codes exist; codes are dotted, e.g. 33, 33.74, 33.74.10. */
  public interface Wilayah {
    boolean adaProvinsi(String kode);

    boolean adaKabupaten(String kode);

    boolean adaKecamatan(String kode);
  }

  /** Laki-laki or perempuan, as the birth-day digits tell. */
  public enum JenisKelamin {
    L,
    P
  }

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Nik() {}

  /** Removes spaces, dots and dashes; blank becomes null. */
  public static String rapikan(String nik) {
    if (nik == null || nik.isBlank()) {
      return null;
    }
    return nik.replaceAll("[\\s.-]", "");
  }

  public static HasilPeriksa periksa(String nik, Wilayah wilayah) {
    return periksa(nik, wilayah, LocalDate.now(WIB));
  }

  /** Checks the form, the area codes, the birth date (not after {@code hariIni}) and the serial. */
  public static HasilPeriksa periksa(String nik, Wilayah wilayah, LocalDate hariIni) {
    String rapi = rapikan(nik);
    if (rapi == null || !rapi.matches("[0-9]+")) {
      return HasilPeriksa.galat("umkm.nik.bukan-angka");
    }
    if (rapi.length() != 16) {
      return HasilPeriksa.galat("umkm.nik.panjang");
    }
    List<String> galat = new ArrayList<>();
    List<String> peringatan = new ArrayList<>();
    periksaWilayah(rapi, wilayah, galat, peringatan);
    if (tanggalLahir(rapi, hariIni).isEmpty()) {
      galat.add("umkm.nik.tanggal-lahir-tidak-sah");
    }
    if (rapi.endsWith("0000")) {
      galat.add("umkm.nik.nomor-urut-tidak-sah");
    }
    return new HasilPeriksa(galat, peringatan);
  }

  private static void periksaWilayah(
      String nik, Wilayah wilayah, List<String> galat, List<String> peringatan) {
    String provinsi = nik.substring(0, 2);
    String kabupaten = provinsi + "." + nik.substring(2, 4);
    String kecamatan = kabupaten + "." + nik.substring(4, 6);
    if (!wilayah.adaProvinsi(provinsi)) {
      galat.add("umkm.nik.provinsi-tidak-ada");
    } else if (!wilayah.adaKabupaten(kabupaten)) {
      peringatan.add("umkm.nik.kabupaten-tidak-dikenal");
    } else if (!wilayah.adaKecamatan(kecamatan)) {
      peringatan.add("umkm.nik.kecamatan-tidak-dikenal");
    }
  }

  /**
   * The birth date, when digits 7–12 are a real date not after {@code hariIni}. The year has two
   * digits: the latest century that gives such a date wins (…10 is 2010, …85 is 1985).
   */
  public static Optional<LocalDate> tanggalLahir(String nik, LocalDate hariIni) {
    String rapi = rapikan(nik);
    if (rapi == null || !rapi.matches("[0-9]{16}")) {
      return Optional.empty();
    }
    int hari = Integer.parseInt(rapi.substring(6, 8));
    int bulan = Integer.parseInt(rapi.substring(8, 10));
    int tahun = Integer.parseInt(rapi.substring(10, 12));
    if (hari > 40) {
      hari -= 40;
    }
    for (int abad : new int[] {2000, 1900}) {
      Optional<LocalDate> tanggal = tanggal(abad + tahun, bulan, hari);
      if (tanggal.isPresent() && !tanggal.get().isAfter(hariIni)) {
        return tanggal;
      }
    }
    return Optional.empty();
  }

  /** The sex the NIK records, when its birth date is valid. */
  public static Optional<JenisKelamin> jenisKelamin(String nik, LocalDate hariIni) {
    return tanggalLahir(nik, hariIni)
        .map(t -> Integer.parseInt(rapikan(nik).substring(6, 8)) > 40)
        .map(perempuan -> perempuan ? JenisKelamin.P : JenisKelamin.L);
  }

  public static Optional<JenisKelamin> jenisKelamin(String nik) {
    return jenisKelamin(nik, LocalDate.now(WIB));
  }

  /** The first and last four digits, e.g. {@code 3374********0001}; a short value shows nothing. */
  public static String samarkan(String nik) {
    if (nik == null || nik.isEmpty()) {
      return nik;
    }
    if (nik.length() <= 8) {
      return "****";
    }
    return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
  }

  private static Optional<LocalDate> tanggal(int tahun, int bulan, int hari) {
    try {
      return Optional.of(LocalDate.of(tahun, bulan, hari));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

package id.gerai.gerai;

import java.time.LocalDate;
import java.util.List;

/**
 * The reporting rate and timeliness of one period: for the whole scope, per kecamatan and per
 * gerai, with the gerai that have not reported. A gerai is expected when it was active on at least
 * one day of the period; the rate is reports received (submitted at least once) over gerai
 * expected, and a report is on time when first submitted on or before its deadline.
 */
public record LaporanGeraiTingkat(
    Periode periode,
    LocalDate tenggat,
    Rekap kota,
    List<Rekap> kecamatan,
    List<Baris> gerai,
    List<Baris> belumLapor) {

  /**
   * The counts of an area: expected, received, on time, late, and the rate (null when none due).
   */
  public record Rekap(
      String kode,
      String nama,
      long diharapkan,
      long diterima,
      long tepatWaktu,
      long terlambat,
      Double tingkat) {

    static Rekap dari(String kode, String nama, List<Baris> baris) {
      long diterima = baris.stream().filter(Baris::diterima).count();
      long tepat = baris.stream().filter(b -> Boolean.TRUE.equals(b.tepatWaktu())).count();
      Double tingkat = baris.isEmpty() ? null : (double) diterima / baris.size();
      return new Rekap(kode, nama, baris.size(), diterima, tepat, diterima - tepat, tingkat);
    }

    /** The rate as a whole percentage, for pages. */
    public Long persen() {
      return tingkat == null ? null : Math.round(tingkat * 100);
    }
  }

  /** One expected gerai: its report's state and whether its officer positions are complete. */
  public record Baris(
      long geraiId,
      String nama,
      String kodeWilayah,
      String kecamatan,
      LaporanGeraiStatus status,
      LocalDate pertamaDikirim,
      Boolean tepatWaktu,
      boolean pengurusLengkap,
      List<Jabatan> jabatanKurang) {

    public boolean diterima() {
      return pertamaDikirim != null;
    }
  }
}

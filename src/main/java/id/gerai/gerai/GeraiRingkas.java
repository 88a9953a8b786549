package id.gerai.gerai;

import java.time.LocalDate;

/** One gerai in a list, with the name of the area it serves. */
public record GeraiRingkas(
    long id,
    GeraiJenis jenis,
    String nama,
    String kodeWilayah,
    String namaWilayah,
    String alamat,
    Double lintang,
    Double bujur,
    LocalDate tanggalBuka,
    GeraiStatus status) {

  /** The same gerai with the name of its area filled in. */
  public GeraiRingkas denganNamaWilayah(String namaWilayah) {
    return new GeraiRingkas(
        id, jenis, nama, kodeWilayah, namaWilayah, alamat, lintang, bujur, tanggalBuka, status);
  }
}

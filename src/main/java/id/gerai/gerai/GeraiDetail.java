package id.gerai.gerai;

import id.gerai.wilayah.Wilayah;
import java.time.LocalDate;
import java.util.List;

/**
 * One gerai with the chain of areas above it (province first, its own area last) and its status
 * history (latest first).
 */
public record GeraiDetail(
    long id,
    GeraiJenis jenis,
    String nama,
    String kodeWilayah,
    String alamat,
    Double lintang,
    Double bujur,
    LocalDate tanggalBuka,
    GeraiStatus status,
    int versi,
    List<Wilayah> rantai,
    List<RiwayatStatus> riwayat) {

  public boolean berposisi() {
    return lintang != null && bujur != null;
  }
}

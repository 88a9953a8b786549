package id.gerai.koperasi;

import java.util.List;

/**
 * One cooperative with everything the register holds on it, the names of its area and gerai, and
 * who verified it.
 */
public record KoperasiDetail(
    long id,
    int versi,
    KoperasiRekaman data,
    String namaWilayah,
    String namaGerai,
    String diverifikasiOleh) {

  public List<PengurusKoperasi> pengurus() {
    return data.pengurus();
  }

  /** The edit form, filled. */
  public DaftarkanKoperasi perintahUbah() {
    return new DaftarkanKoperasi(
        data.nama(),
        data.nomorBadanHukum(),
        data.tanggalBadanHukum(),
        data.nomorIndukKoperasi(),
        data.jenis(),
        data.kelompok(),
        data.bentuk(),
        data.kodeWilayah(),
        data.alamat(),
        data.geraiId(),
        data.akunId(),
        data.tanggalBerdiri(),
        data.namaManajer(),
        data.jumlahKaryawan(),
        data.program());
  }
}

package id.gerai.koperasi;

/** One cooperative in a list. */
public record KoperasiRingkas(
    long id,
    String nama,
    String nomorBadanHukum,
    JenisKoperasi jenis,
    KelompokKoperasi kelompok,
    BentukKoperasi bentuk,
    String kodeWilayah,
    String namaWilayah,
    Long geraiId,
    StatusKoperasi status,
    StatusVerifikasi statusVerifikasi) {

  KoperasiRingkas denganNamaWilayah(String namaWilayah) {
    return new KoperasiRingkas(
        id,
        nama,
        nomorBadanHukum,
        jenis,
        kelompok,
        bentuk,
        kodeWilayah,
        namaWilayah,
        geraiId,
        status,
        statusVerifikasi);
  }
}

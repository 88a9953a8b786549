package id.gerai.umkm;

import java.time.Instant;

/** One business in a list. */
public record UmkmRingkas(
    long id,
    String nama,
    String pemilik,
    String nib,
    String kbliKode,
    String kodeWilayah,
    String namaWilayah,
    Long geraiId,
    UsahaStatus status,
    VerifikasiStatus statusVerifikasi,
    Instant dibuatPada) {

  UmkmRingkas denganNamaWilayah(String nama) {
    return new UmkmRingkas(
        id,
        this.nama,
        pemilik,
        nib,
        kbliKode,
        kodeWilayah,
        nama,
        geraiId,
        status,
        statusVerifikasi,
        dibuatPada);
  }
}

package id.gerai.umkm;

import java.time.Instant;
import java.util.List;

/** One business with its owner and products, as the caller's role may see it. */
public record UmkmDetail(
    long id,
    String nama,
    String nib,
    String kbliVersi,
    String kbliKode,
    String kbliJudul,
    UsahaBentuk bentukUsaha,
    String kodeWilayah,
    String namaWilayah,
    String alamat,
    Long geraiId,
    Integer tahunBerdiri,
    List<UsahaSaluran> saluranPenjualan,
    UsahaStatus status,
    VerifikasiStatus statusVerifikasi,
    String diverifikasiOleh,
    Instant diverifikasiPada,
    Instant dibuatPada,
    int versi,
    List<String> produk,
    PelakuUsahaDetail pemilik) {

  /** The form for editing this business, as the caller may see it. */
  public DaftarkanUmkm perintahUbah() {
    PelakuUsahaDetail p = pemilik;
    return new DaftarkanUmkm(
        p.nik(),
        p.nama(),
        p.jenisKelamin(),
        p.tanggalLahir(),
        p.telepon(),
        p.email(),
        p.kodeWilayah(),
        p.alamat(),
        p.dasarPemrosesan(),
        nama,
        nib,
        kbliKode,
        bentukUsaha,
        kodeWilayah,
        alamat,
        geraiId,
        tahunBerdiri,
        saluranPenjualan,
        produk);
  }
}

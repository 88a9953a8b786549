package id.gerai.kegiatan;

import java.time.LocalDateTime;
import java.util.List;

/** One activity with its place's names, its participant counts and its files. */
public record KegiatanDetail(
    long id,
    KegiatanJenis jenis,
    String judul,
    LocalDateTime mulai,
    LocalDateTime selesai,
    Long geraiId,
    String namaGerai,
    String kodeWilayah,
    String namaWilayah,
    String alamat,
    Double lintang,
    Double bujur,
    String penyelenggara,
    Integer kapasitas,
    Integer kuotaBinaan,
    String deskripsi,
    String catatanHasil,
    int versi,
    long terdaftar,
    long menunggu,
    long hadir,
    List<KegiatanBerkasRingkas> berkas,
    boolean olehForum) {

  /** Whether every place is taken (a new participant would wait). */
  public boolean penuh() {
    return kapasitas != null && terdaftar >= kapasitas;
  }
}

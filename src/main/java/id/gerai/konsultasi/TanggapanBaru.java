package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;

/** An answer to add to a case's thread. */
public record TanggapanBaru(String isi) {

  void periksa() {
    if (isi == null || isi.isBlank()) {
      throw new MasukanTidakSah("konsultasi.tanggapan.wajib");
    }
    if (isi.strip().length() > 4000) {
      throw new MasukanTidakSah("konsultasi.tanggapan.panjang", 4000);
    }
  }
}

package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;

/** A mentoring session to log: date, duration in minutes, topic and notes. */
public record SesiBaru(LocalDate tanggal, Integer durasiMenit, String topik, String catatan) {

  void periksa() {
    if (tanggal == null) {
      throw new MasukanTidakSah("konsultasi.sesi.tanggal.wajib");
    }
    if (durasiMenit == null || durasiMenit < 1 || durasiMenit > 1440) {
      throw new MasukanTidakSah("konsultasi.sesi.durasi.salah");
    }
    if (topik == null || topik.isBlank() || topik.strip().length() > 200) {
      throw new MasukanTidakSah("konsultasi.sesi.topik.wajib");
    }
    if (catatan != null && catatan.length() > 4000) {
      throw new MasukanTidakSah("konsultasi.sesi.catatan.panjang");
    }
  }
}
